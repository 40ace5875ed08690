package org.candour.requests.ui;

/** The pages of the filing form, in order; one question (or one close group of questions) per page. */
enum FilingStep {
    ABOUT_YOU("request-footage/about-you"),
    IDENTITY_DOCUMENTS("request-footage/identity-documents"),
    INCIDENT("request-footage/incident"),
    WHAT_HAPPENED("request-footage/what-happened"),
    WHAT_YOU_WANT("request-footage/what-you-want"),
    CHECK_ANSWERS("request-footage/check-answers"),
    DECLARATION("request-footage/declaration");

    static final String START = "request-footage";
    static final String CONFIRMATION = "request-footage/confirmation";

    private final String path;

    FilingStep(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    String previousPath() {
        return ordinal() == 0 ? START : values()[ordinal() - 1].path;
    }

    FilingStep next() {
        return values()[ordinal() + 1];
    }
}
