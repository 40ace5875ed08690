package org.candour.shared.ui;

import static org.candour.shared.ui.InformationPage.bullets;
import static org.candour.shared.ui.InformationPage.email;
import static org.candour.shared.ui.InformationPage.external;
import static org.candour.shared.ui.InformationPage.paragraph;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The accessibility statement, in the form of the GOV.UK model statement that the Public Sector Bodies (Websites
 * and Mobile Applications) (No. 2) Accessibility Regulations 2018 ask for. The list of what does not comply must be
 * kept true: update {@link #NOT_COMPLIANT} and the review date whenever a check finds or fixes something.
 */
@Route(value = InformationPage.ACCESSIBILITY, layout = MainLayout.class)
@PageTitle("Accessibility statement - Candour")
@AnonymousAllowed
class AccessibilityStatementView extends Div {

    static final String PREPARED = "6 December 2026";

    /** Each item: what does not work, who it affects, and the WCAG 2.2 success criterion it fails. */
    static final String[] NOT_COMPLIANT = {
            "Footage we release to you has no captions, audio description or transcript, so people who cannot hear "
                    + "or see it cannot follow all of it. This fails WCAG 2.2 success criteria 1.2.2 (captions) and "
                    + "1.2.5 (audio description). We will give you a written description of the footage if you "
                    + "ask.",
            "Identity documents that requesters send are shown to staff as images of the pages. Staff who use a "
                    + "screen reader cannot read them. This fails success criterion 1.1.1 (non-text content) for "
                    + "staff. A colleague can read a document out."};

    AccessibilityStatementView(ContactDetails contact) {
        setId("accessibility-page");
        addClassNames("page", "information-page");
        add(Page.heading("Accessibility statement for Candour"),
                Page.lead("This statement applies to Candour, the service for asking for police body-worn video "
                        + "of yourself, tracking your request, and reading statistics about body-worn video in "
                        + "London."),
                Page.body("This website is run by the " + contact.organisation() + ". We want as many people as "
                        + "possible to be able to use it. For example, that means you should be able to:"),
                bullets("change colours, contrast levels and fonts using browser or device settings",
                        "zoom in up to 400% without the text spilling off the screen",
                        "navigate most of the website using a keyboard or speech recognition software",
                        "listen to most of the website using a screen reader (including the most recent versions "
                                + "of JAWS, NVDA and VoiceOver)"),
                Page.body("We have also made the text as simple as possible to understand. Every chart has a text "
                        + "description and a table of the same figures."),
                paragraph("AbilityNet has ", external("https://mcmw.abilitynet.org.uk/",
                        "advice on making your device easier to use if you have a disability"), "."),
                Page.subheading("How accessible this website is"),
                Page.body("We know some parts of this website are not fully accessible:"), bullets(summary()),
                Page.subheading("Feedback and contact information"),
                paragraph("If you need information on this website in a different format, like accessible PDF, "
                        + "large print, easy read, audio recording or braille, email ", email(contact.email()),
                        " or call " + contact.phone() + " (" + contact.hours() + "). We will consider your request "
                                + "and get back to you in 5 working days."),
                Page.subheading("Reporting accessibility problems with this website"),
                paragraph("We are always looking to improve the accessibility of this website. If you find any "
                        + "problems not listed on this page or think we are not meeting accessibility "
                        + "requirements, email ", email(contact.email()), "."),
                Page.subheading("Enforcement procedure"),
                paragraph("The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public "
                        + "Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 "
                        + "(the 'accessibility regulations'). If you are not happy with how we respond to your "
                        + "complaint, ", external("https://www.equalityadvisoryservice.com/",
                        "contact the Equality Advisory and Support Service (EASS)"), "."),
                Page.subheading("Technical information about this website's accessibility"),
                Page.body("The " + contact.organisation() + " is committed to making its website accessible, in "
                        + "accordance with the Public Sector Bodies (Websites and Mobile Applications) (No. 2) "
                        + "Accessibility Regulations 2018."),
                new H3("Compliance status"),
                paragraph("This website is partially compliant with the ",
                        external("https://www.w3.org/TR/WCAG22/", "Web Content Accessibility Guidelines version 2.2"),
                        " AA standard, due to the non-compliances listed below."),
                new H3("Non-accessible content"),
                Page.body("The content listed below is non-accessible for the following reasons."),
                new H3("Non-compliance with the accessibility regulations"), bullets(NOT_COMPLIANT),
                new H3("Disproportionate burden"),
                Page.body("We are not claiming disproportionate burden for any part of this website."),
                new H3("Content that is not within the scope of the accessibility regulations"),
                Page.body("Identity documents that requesters upload are their own files, not published by us."),
                Page.subheading("What we are doing to improve accessibility"),
                Page.body("Every change to Candour is tested automatically in a real web browser. The tests run "
                        + "axe-core accessibility checks (WCAG 2.2 level A and AA rules) on every page and state "
                        + "they visit, send and track a request using only the keyboard, and check that public "
                        + "pages work at 320 pixels wide and at 200% zoom without scrolling sideways."),
                Page.subheading("Preparation of this accessibility statement"),
                Page.body("This statement was prepared on " + PREPARED + ". It was last reviewed on " + PREPARED
                        + "."),
                Page.body("This website was last tested on " + PREPARED + ". The test was carried out by the "
                        + "Candour development team, with the automated browser checks described above."));
    }

    /** The non-compliances in a line each, for the summary near the top. */
    private static String[] summary() {
        return new String[] {"footage we release has no captions or audio description",
                "identity documents are shown to staff as images, which screen readers cannot read",
                "the upload box's own message for a file that is too big does not name the file or the limit",
                "some long labels and table cells in staff pages are cut short on narrow screens"};
    }
}
