package org.candour.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/**
 * The cookies the portal and its proxy (nginx.conf) set. Both are essential, so no consent is asked (PECR regulation 6(4)). A
 * browser test compares this table with the cookies a browser really holds after using the service.
 */
@Route(value = InformationPage.COOKIES, layout = MainLayout.class)
@PageTitle("Cookies - Candour")
@AnonymousAllowed
class CookiesView extends Div {

    /** Name, purpose, when it expires: every cookie the portal sets. */
    static final List<List<String>> COOKIES = List.of(
            List.of("JSESSIONID", "Keeps your place while you use the service, for example the answers you have "
                    + "given before you send a request, and for staff that they have signed in. It holds a random "
                    + "number, nothing about you.", "When you close your browser, or after 30 minutes without use"),
            List.of("candour_affinity", "Where the service runs on several servers, sends each of your visits to the "
                    + "same one, so that your place is kept. It holds a random number, nothing about you.",
                    "When you close your browser"));

    CookiesView() {
        setId("cookies-page");
        addClassNames("page", "information-page");
        var table = DataTable.of("Cookies Candour sets", List.of("Name", "Purpose", "Expires"), COOKIES);
        table.setId("cookie-table");
        add(Page.heading("Cookies"),
                Page.lead("Cookies are small files saved on your phone, tablet or computer when you visit a website."),
                Page.body("Candour uses two cookies, and only to make the service work. We do not use cookies to "
                        + "measure how you use the service, for advertising, or from other companies, so we do not "
                        + "ask you to accept cookies."),
                Page.subheading("Essential cookies"), table,
                Page.body("The cookies can be read only by this service, and not "
                        + "by scripts on the page. If your browser refuses them, you can still read every page, but "
                        + "you cannot send a request, track one or sign in."),
                Page.subheading("Other things your browser keeps"),
                Page.body("Your browser may keep copies of the statistics pages, charts and open data files to "
                        + "show them faster next time. They are the same for everyone and say nothing about you."));
    }
}
