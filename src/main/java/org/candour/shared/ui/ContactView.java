package org.candour.shared.ui;

import static org.candour.shared.ui.InformationPage.email;
import static org.candour.shared.ui.InformationPage.external;
import static org.candour.shared.ui.InformationPage.paragraph;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** How to reach the people behind the service, by the question someone has. */
@Route(value = InformationPage.CONTACT, layout = MainLayout.class)
@PageTitle("Contact us - Candour")
@AnonymousAllowed
class ContactView extends Div {

    ContactView(ContactDetails contact) {
        setId("contact-page");
        addClassNames("page", "information-page");
        add(Page.heading("Contact us"),
                Page.lead("Candour is run by the " + contact.unit() + " of the " + contact.organisation() + "."),
                Page.subheading("About a request for footage"),
                Page.body("Tell us your request's reference (for example BWV-2026-000123). Never send us your "
                        + "tracking secret: we will never ask for it."),
                paragraph("Email: ", email(contact.email())),
                Page.body("Telephone: " + contact.phone() + " (" + contact.hours() + "). Calls cost the same as a "
                        + "call to a local number."),
                Page.body("Post: " + contact.address()),
                Page.body("We reply to emails and letters within 5 working days. This does not change the time we "
                        + "have to answer your request itself: one calendar month from confirming who you are."),
                Page.subheading("If you have lost your tracking secret"),
                paragraph("You can set a new one yourself: ", Page.link("track/lost-secret",
                        "get a new tracking secret"), "."),
                Page.subheading("About how we use your personal data"),
                paragraph("Write to our data protection officer: ", email(contact.dpoEmail()), ". Our ",
                        Page.link(InformationPage.PRIVACY, "privacy notice"), " explains what we keep and why."),
                Page.subheading("About the statistics"),
                paragraph("Journalists and researchers can ask about the figures and how they are made: ",
                        email(contact.statisticsEmail()), "."),
                Page.subheading("If something on this website does not work for you"),
                paragraph("Tell us what you were trying to do and what went wrong: ", email(contact.email()),
                        ". Our ", Page.link(InformationPage.ACCESSIBILITY, "accessibility statement"),
                        " lists what we know does not work well yet and other formats we can give you."),
                Page.subheading("Complaints"),
                paragraph("If you are unhappy with how we handled your request, ask us for an internal review (you "
                        + "can do this when you track your request). You can also complain to the Information "
                        + "Commissioner's Office: ", external("https://ico.org.uk/make-a-complaint/",
                        "make a complaint to the ICO"), ", telephone 0303 123 1113."));
    }
}
