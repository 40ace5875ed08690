package org.candour.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The public front page: what the service is, the 31-day deletion rule, and where to go next. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Candour: police body-worn video, your footage, your rights")
@AnonymousAllowed
public class HomeView extends Div {

    public HomeView() {
        addClassName("page");
        var start = Page.link("request-footage", "Request footage of yourself");
        start.addClassNames("button", "button-start");
        add(Page.heading("Get police body-worn video of yourself"),
                Page.lead("Metropolitan Police officers in London wear cameras that record what happens when they "
                        + "stop, search or arrest someone. If you were filmed, you have a right to ask for a copy "
                        + "of that footage."),
                start,
                Page.subheading("Ask quickly: footage is deleted after 31 days"),
                Page.body("Footage is deleted automatically 31 days after it was recorded, unless it is kept as "
                        + "evidence. Ask as soon as you can. We look for your footage and protect it from deletion "
                        + "first, before we do anything else."),
                Page.warning("If you were filmed more than 31 days ago, the footage may already have been deleted. "
                        + "You can still ask: we will tell you whether we hold any."),
                Page.subheading("What you can do here"),
                new UnorderedList(
                        item("request-footage", "Request footage",
                                "of yourself, if you were filmed by a police officer in London"),
                        item("track", "Track a request", "with your reference and secret"),
                        item("statistics", "See statistics",
                                "about how body-worn video is used and requested in each borough")),
                Page.subheading("How long it takes"),
                Page.body("We must reply within one calendar month of confirming who you are. We can extend this by "
                        + "up to two months for complex requests, and we will tell you why if we do. The time "
                        + "limit stops while we wait for information we have asked you for."),
                Page.subheading("Your rights"),
                Page.body("This is your right of access under section 45 of the Data Protection Act 2018. If we "
                        + "refuse or limit what we give you, we will tell you why, and you can ask the Information "
                        + "Commissioner's Office (ICO) to check our decision."));
    }

    private static ListItem item(String path, String linkText, String rest) {
        var item = new ListItem(Page.link(path, linkText));
        item.add(" " + rest);
        return item;
    }
}
