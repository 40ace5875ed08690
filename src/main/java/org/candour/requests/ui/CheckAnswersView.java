package org.candour.requests.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.stream.Collectors;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.ComplaintBodySummary;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.FormValidation;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.uploads.TemporaryUpload;

/** Every answer on one page, each with a link back to change it. */
@Route(value = "request-footage/check-answers", layout = MainLayout.class)
@PageTitle("Check your answers - Request footage - Candour")
@AnonymousAllowed
class CheckAnswersView extends FilingStepView {

    private final ComplaintBodies bodies;

    CheckAnswersView(RequestDraft draft, ComplaintBodies bodies) {
        super(draft, FilingStep.CHECK_ANSWERS, "Check your answers before sending your request");
        this.bodies = bodies;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        super.beforeEnter(event);
        if (getChildren().noneMatch(SummaryList.class::isInstance)) {
            showAnswers();
        }
    }

    private void showAnswers() {
        String about = FilingStep.ABOUT_YOU.path();
        String incident = FilingStep.INCIDENT.path();
        String happened = FilingStep.WHAT_HAPPENED.path();
        add(Page.subheading("About you"), new SummaryList()
                        .row("Full name", draft.fullName, about)
                        .row("Date of birth", draft.dateOfBirth == null ? "" : LondonTime.inWords(draft.dateOfBirth), about)
                        .row("Address", draft.address + "\n" + draft.postcode, about)
                        .row("Email address", draft.email, about)
                        .row("Telephone number", draft.phone, about),
                Page.subheading("Identity documents"), new SummaryList()
                        .row("Documents", draft.documents().stream().map(TemporaryUpload::fileName)
                                .collect(Collectors.joining("\n")), FilingStep.IDENTITY_DOCUMENTS.path()),
                Page.subheading("When and where"), new SummaryList()
                        .row("Date", draft.incidentDate == null ? "" : LondonTime.inWords(draft.incidentDate), incident)
                        .row("Time", draft.timeFrom + " to " + draft.timeTo, incident)
                        .row("Borough", Boroughs.byCode(draft.boroughCode).map(Borough::name).orElse(""), incident),
                Page.subheading("What happened"), new SummaryList()
                        .row("Place", draft.location, happened)
                        .row("What happened", draft.whatHappened, happened)
                        .row("How to recognise you", draft.howToRecogniseYou, happened)
                        .row("Stopped and searched", Boolean.TRUE.equals(draft.stopAndSearch) ? "Yes" : "No", happened)
                        .row("Officer's collar number", draft.collarNumber, happened)
                        .row("Incident or CAD reference", draft.cadReference, happened),
                Page.subheading("What you want"), new SummaryList()
                        .row("You would like", draft.accessPreference == null ? "" : draft.accessPreference.label(),
                                FilingStep.WHAT_YOU_WANT.path())
                        .row("Shared with a complaint body", sharing(), FilingStep.WHAT_YOU_WANT.path()),
                continueButton());
    }

    private String sharing() {
        var consent = draft.complaintConsent;
        if (consent == null) {
            return "No";
        }
        String body = bodies.find(consent.complaintBodyId()).map(ComplaintBodySummary::name).orElse("");
        return body + ", complaint " + consent.complaintReference()
                + (consent.shareIdentity() ? ", including who you are" : ", without who you are");
    }

    @Override
    protected void validate(FormValidation validation) {
        // Each answer was checked on its own page.
    }

    @Override
    protected void save() {
        // Nothing to save: this page only shows the answers.
    }
}
