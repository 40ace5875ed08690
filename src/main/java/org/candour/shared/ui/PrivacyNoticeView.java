package org.candour.shared.ui;

import static org.candour.shared.ui.InformationPage.bullets;
import static org.candour.shared.ui.InformationPage.email;
import static org.candour.shared.ui.InformationPage.external;
import static org.candour.shared.ui.InformationPage.paragraph;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.annotation.Value;

/**
 * The privacy notice: what is collected, why, the lawful basis, how long it is kept, who sees it, and the rights of
 * the people it is about. The information s.44 of the Data Protection Act 2018 requires a controller to make
 * available (Part 3), and Articles 13 and 14 of the UK GDPR (Part 2) for the processing that is not for law
 * enforcement. Periods are the ones the portal applies, read from its configuration.
 */
@Route(value = InformationPage.PRIVACY, layout = MainLayout.class)
@PageTitle("Privacy notice - Candour")
@AnonymousAllowed
class PrivacyNoticeView extends Div {

    PrivacyNoticeView(ContactDetails contact,
                      @Value("${candour.requests.retention.months}") int retentionMonths) {
        setId("privacy-page");
        addClassNames("page", "information-page");
        add(Page.heading("Privacy notice"),
                Page.lead("How the " + contact.organisation() + " uses the personal data you give us when you ask "
                        + "for body-worn video footage of yourself, and your rights."),
                Page.subheading("Who we are"),
                paragraph("The " + contact.organisation() + " is the controller of your personal data. The "
                        + contact.unit() + " answers requests. Our data protection officer can be reached at ",
                        email(contact.dpoEmail()), "."),
                Page.subheading("What we collect"),
                Page.body("When you ask for footage, we collect:"),
                bullets("your name, date of birth, address and postcode",
                        "your email address and telephone number, if you give them",
                        "identity documents, such as a passport or a driving licence, and a photo of you in them",
                        "a description of what you looked like, so we can recognise you in the footage",
                        "when and where the incident happened, what happened, and any officer's collar number or "
                                + "incident reference you give us",
                        "the messages you send us and the answers you give to our questions"),
                Page.body("When you use the service we also record the network (IP) address your device uses when "
                        + "someone tries to track a request or sign in, to stop people guessing references and "
                        + "secrets. We do not record which pages you read. We do not use analytics or advertising."),
                Page.subheading("Why we use it"),
                bullets("to confirm that you are the person in the footage (we must not give one person's footage "
                                + "to someone else)",
                        "to find the footage and protect it from deletion",
                        "to answer your request and tell you about its progress, by email if you give us an address",
                        "to share your request's progress with a complaint body, such as the Independent Office for "
                                + "Police Conduct, if you agree to that",
                        "to keep a record of who looked at or changed your request, so every use of your data can "
                                + "be checked"),
                Page.subheading("Our lawful basis"),
                Page.body("Body-worn video is recorded for law enforcement, so footage of you, and your request for "
                        + "it, are processed under Part 3 of the Data Protection Act 2018 (law enforcement "
                        + "processing). Your right to a copy is the right of access in section 45 of that Act, and "
                        + "we use your details because we need them to answer it (section 35(2)(b)). Your identity "
                        + "documents and the footage can reveal sensitive information, such as your ethnic origin "
                        + "or health. We use it only as far as we must to confirm who you are and to answer your "
                        + "request (section 35(5) and Schedule 8)."),
                Page.body("Some of what we do is not for law enforcement: keeping this website secure, emailing you "
                        + "about your request, and sharing its progress with a complaint body. That is processed "
                        + "under the UK GDPR and Part 2 of the Act: the first two because they are part of our "
                        + "public task (UK GDPR Article 6(1)(e)), and sharing with a complaint body because you "
                        + "agreed to it (Article 6(1)(a)). You can withdraw that agreement at any time."),
                Page.subheading("How long we keep it"),
                bullets("Your details, identity documents, what you told us about the incident and our messages: "
                                + retentionMonths + " months after your request is answered, withdrawn or closed. "
                                + "Then we erase them.",
                        "After that we keep only facts that do not identify you: the reference, the dates, the "
                                + "borough, the outcome and the record of who worked on the request. We use them "
                                + "for our published statistics and to show the request was handled lawfully.",
                        "Footage that is not kept as evidence is deleted within 31 days of being recorded. "
                                + "Footage we find for your request is protected from that deletion while your "
                                + "request, and any complaint about the incident, are dealt with.",
                        "A copy of footage we release to you can be watched or downloaded online for a limited "
                                + "time, which we tell you when we release it.",
                        "Records of failed attempts to track a request, with the network address: one day.",
                        "Your tracking secret is never stored. We keep only a scrambled form of it (a hash) that "
                                + "can check it but not show it."),
                Page.subheading("Who sees it"),
                bullets("Disclosure officers and supervisors of the " + contact.unit() + ", who answer requests.",
                        "A complaint body you agreed to share your request with, or one whose link to your request "
                                + "a supervisor approved for a stated reason. It sees your name and details only if "
                                + "you agreed to that.",
                        "The Information Commissioner's Office, if you or we ask it to check our decision.",
                        "Nobody else. Your name and details are never published, never in our statistics and "
                                + "never in our staff search."),
                Page.body("Your personal data is stored encrypted. Every time a member of staff opens your details or "
                        + "documents, it is recorded."),
                Page.subheading("Your rights"),
                Page.body("You have the right:"),
                bullets("to get a copy of your personal data (section 45)",
                        "to have wrong or incomplete personal data corrected (section 46)",
                        "to have your personal data erased, or its use restricted, where we no longer need it or "
                                + "may not lawfully use it (section 47)",
                        "to ask the Information Commissioner to check that we acted lawfully when we restrict what "
                                + "we tell you (section 51)"),
                Page.body("No decision about you is made by a computer alone: a member of staff decides every "
                        + "request."),
                paragraph("To use these rights, contact our data protection officer at ", email(contact.dpoEmail()),
                        ". If you are unhappy with how we have used your data, you can complain to the Information "
                                + "Commissioner's Office: ",
                        external("https://ico.org.uk/make-a-complaint/", "make a complaint to the ICO"),
                        ", telephone 0303 123 1113, or write to Information Commissioner's Office, Wycliffe House, "
                                + "Water Lane, Wilmslow, Cheshire, SK9 5AF."),
                Page.subheading("Cookies"),
                paragraph("We use only essential cookies, to make the service work. ", Page.link(InformationPage.COOKIES,
                        "Read about the cookie we use"), "."));
    }
}
