package org.candour.shared.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Objects;

/**
 * The frame of every page: a skip link, the service header with navigation, the main content and a footer.
 * Navigation uses paths, not view classes, so this shared layout depends on no feature module; whether staff are
 * signed in comes from Spring Security through {@link AuthenticationContext}. Open to everyone: each view decides
 * who may see it.
 */
@AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private static final List<String[]> NAVIGATION = List.of(
            new String[] {"request-footage", "Request footage"},
            new String[] {"track", "Track a request"},
            new String[] {"statistics", "Statistics"});
    private static final List<String[]> FOOTER_LINKS = List.of(
            new String[] {"privacy", "Privacy"},
            new String[] {"accessibility", "Accessibility statement"},
            new String[] {"contact", "Contact"},
            new String[] {"cookies", "Cookies"},
            new String[] {"statistics/calendar", "Statistics release calendar"});
    private static final String[] SIGN_IN = {"login", "Staff sign in"};
    private static final String[] STAFF_AREA = {"staff", "Staff area"};

    private final AuthenticationContext authentication;
    private final Main main = new Main();
    private final Nav nav = new Nav();

    public MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("app");
        var skip = new Anchor("#main-content", "Skip to main content");
        skip.addClassName("skip-link");
        // As GOV.UK's skip link does: focus the main content itself, so the next Tab starts there. Left to the
        // browser, the fragment change reaches Vaadin's router as a navigation and the focus stays at the top.
        skip.getElement().executeJs("this.addEventListener('click', event => { event.preventDefault();"
                + " document.getElementById('main-content').focus(); })");
        main.setId("main-content");
        main.addClassName("app-main");
        main.getElement().setAttribute("tabindex", "-1");
        add(skip, header(), main, footer());
    }

    private Header header() {
        var name = new Anchor("", "Candour");
        name.getElement().setAttribute("router-link", true);
        name.addClassName("service-name");
        var tagline = new Span("Police body-worn video: see what was recorded of you");
        tagline.addClassName("service-tagline");
        nav.getElement().setAttribute("aria-label", "Main");
        nav.addClassName("service-nav");
        NAVIGATION.forEach(this::addLink);
        if (authentication.isAuthenticated()) {
            addLink(STAFF_AREA);
            var signOut = new NativeButton("Sign out", click -> authentication.logout());
            signOut.setId("nav-sign-out");
            signOut.addClassName("nav-button");
            nav.add(signOut);
        } else {
            addLink(SIGN_IN);
        }
        var header = new Header(new Div(name, tagline), nav);
        header.addClassName("service-header");
        return header;
    }

    private void addLink(String[] item) {
        var link = new Anchor(item[0], item[1]);
        link.getElement().setAttribute("router-link", true);
        nav.add(link);
    }

    private static Footer footer() {
        var support = new Nav();
        support.getElement().setAttribute("aria-label", "Support links");
        support.addClassName("footer-links");
        FOOTER_LINKS.forEach(item -> {
            var link = new Anchor(item[0], item[1]);
            link.getElement().setAttribute("router-link", true);
            support.add(link);
        });
        var footer = new Footer(support, new Paragraph("Requests for footage are made under the Data Protection Act 2018, "
                + "Part 3, section 45 (right of access). Candour is open-source software (Apache-2.0)."));
        footer.addClassName("service-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String path = event.getLocation().getPath();
        nav.getChildren().forEach(link -> {
            String href = link.getElement().getAttribute("href");
            boolean current = href != null && (path.equals(href) || path.startsWith(href + "/"));
            if (current) {
                link.getElement().setAttribute("aria-current", "page");
            } else {
                link.getElement().removeAttribute("aria-current");
            }
        });
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        main.getElement().appendChild(Objects.requireNonNull(content).getElement());
    }
}
