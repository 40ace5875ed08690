package org.candour.statistics.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/**
 * The public statistics page. Statistics are published as frozen releases; until the first release exists the
 * page says so plainly rather than showing live, unprotected counts.
 */
@Route(value = "statistics", layout = MainLayout.class)
@PageTitle("Statistics - Candour")
@AnonymousAllowed
class StatisticsView extends Div {

    StatisticsView() {
        addClassName("page");
        add(Page.heading("Body-worn video statistics"),
                Page.lead("How body-worn video is used in each London borough, and how requests for footage are "
                        + "answered."),
                Page.inset(Page.body("No statistics release has been published yet.")),
                Page.body("Statistics are published as releases: each is calculated once, checked so that no count "
                        + "can identify a person, and then frozen with a version number and a publication date. "
                        + "Counts from 1 to 9 are shown as \"<10\"."));
    }
}
