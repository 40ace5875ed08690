package org.candour.requests.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/** GOV.UK start page: what the service does, what you need before you start, and "Start now". */
@Route(value = FilingStep.START, layout = MainLayout.class)
@PageTitle("Request body-worn video footage of yourself - Candour")
@AnonymousAllowed
class RequestFootageStartView extends Div {

    RequestFootageStartView(RequestDraft draft) {
        addClassName("page");
        var start = new Button("Start now", click -> {
            draft.startAgainIfFiled();
            click.getSource().getUI().ifPresent(ui -> ui.navigate(FilingStep.ABOUT_YOU.path()));
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClassName("button-start");
        start.setId("start-now");
        add(Page.heading("Request body-worn video footage of yourself"),
                Page.lead("Use this service to ask the Metropolitan Police for footage recorded of you by an "
                        + "officer's body-worn camera in London."),
                Page.subheading("Before you start"),
                Page.body("You will need:"),
                new UnorderedList(
                        new ListItem("one or two identity documents, as photos or scans (JPG, PNG or PDF, up to "
                                + "10 MB each): together they must show your name, date of birth and current "
                                + "address, and one must have your photo"),
                        new ListItem("the date, the time and the place you were filmed"),
                        new ListItem("a description of what happened and of what you looked like, so we can "
                                + "recognise you")),
                Page.body("It takes about 10 minutes. We do not save your answers until you submit them."),
                Page.warning("Footage is deleted 31 days after it was recorded unless it is kept as evidence. "
                        + "Ask as soon as you can."),
                Page.body("If you were filmed in the City of London (the Square Mile), ask City of London Police: "
                        + "they are a separate force."),
                start);
    }
}
