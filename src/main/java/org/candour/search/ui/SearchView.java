package org.candour.search.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.candour.identity.Roles;
import org.candour.requests.Outcome;
import org.candour.requests.RequestState;
import org.candour.search.RequestSearch;
import org.candour.search.SearchQuery;
import org.candour.search.SearchResults;
import org.candour.search.SearchUnavailableException;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/** Staff search over requests: full text, facets with counts, received-date range, order and paging. */
@Route(value = "staff/search", layout = MainLayout.class)
@PageTitle("Search requests - Candour")
@RolesAllowed({Roles.CASEWORKER, Roles.SUPERVISOR, Roles.ADMIN})
class SearchView extends Div {

    private static final Map<SearchQuery.Order, String> ORDERS = Map.of(
            SearchQuery.Order.URGENCY, "Most urgent first", SearchQuery.Order.RELEVANCE, "Best match first",
            SearchQuery.Order.NEWEST, "Newest first", SearchQuery.Order.DUE_DATE, "Reply due soonest");

    private final RequestSearch search;
    private final TextField text = new TextField("Search the incident accounts");
    private final DatePicker from = new DatePicker("Received from");
    private final DatePicker to = new DatePicker("Received to");
    private final Select<SearchQuery.Order> order = new Select<>();
    private final FacetGroup<String> boroughs = new FacetGroup<>("facet-borough", "Borough", value -> value,
            this::searchFromFirstPage);
    private final FacetGroup<RequestState> states = new FacetGroup<>("facet-state", "State",
            RequestState::staffName, this::searchFromFirstPage);
    private final FacetGroup<Outcome> outcomes = new FacetGroup<>("facet-outcome", "Outcome", Outcome::staffName,
            this::searchFromFirstPage);
    private final Checkbox overdue = new Checkbox();
    private final Checkbox atRisk = new Checkbox();
    private final Checkbox extended = new Checkbox();
    private final Div results = new Div();
    private final Div status = new Div();
    private int page;

    SearchView(RequestSearch search) {
        this.search = search;
        addClassNames("page", "page-wide", "search-page");
        text.setId("search-text");
        text.setClearButtonVisible(true);
        text.setHelperText("Words from what happened or where, or a reference");
        text.addKeyPressListener(Key.ENTER, e -> searchFromFirstPage());
        from.setLocale(LondonTime.LOCALE);
        to.setLocale(LondonTime.LOCALE);
        order.setLabel("Order");
        order.setItems(SearchQuery.Order.values());
        order.setItemLabelGenerator(ORDERS::get);
        order.setValue(SearchQuery.Order.URGENCY);
        var go = new Button("Search", e -> searchFromFirstPage());
        go.setId("search-button");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        for (var box : new Checkbox[] {overdue, atRisk, extended}) {
            box.addValueChangeListener(e -> searchFromFirstPage());
        }
        from.addValueChangeListener(e -> searchFromFirstPage());
        to.addValueChangeListener(e -> searchFromFirstPage());
        order.addValueChangeListener(e -> searchFromFirstPage());
        var bar = new Div(text, go, from, to, order);
        bar.addClassName("search-bar");
        var showOnly = new Span("Show only");
        showOnly.addClassName("facet-title");
        var flags = new Div(showOnly, overdue, atRisk, extended);
        flags.addClassName("facet");
        var facets = new Div(flags, states, boroughs, outcomes);
        facets.addClassName("facets");
        results.addClassName("search-results");
        status.getElement().setAttribute("role", "status");
        var body = new Div(facets, new Div(status, results));
        body.addClassName("search-body");
        add(Page.heading("Search requests"), bar, body);
        run();
    }

    private void searchFromFirstPage() {
        page = 0;
        run();
    }

    private void run() {
        var query = new SearchQuery(text.getValue().strip(), boroughs.selected(), states.selected(),
                outcomes.selected(), overdue.getValue(), atRisk.getValue(), extended.getValue(), from.getValue(),
                to.getValue(), order.getValue(), page, 20);
        try {
            show(search.search(query), query);
        } catch (SearchUnavailableException unavailable) {
            results.removeAll();
            status.removeAll();
            status.add(Page.warning("Search is temporarily unavailable. " + unavailable.pendingUpdates()
                    + " updates are waiting and will be searchable as soon as it is back. Requests themselves are "
                    + "safe and can still be worked on."));
        }
    }

    private void show(SearchResults found, SearchQuery query) {
        var facets = found.facets();
        boroughs.show(facets.boroughs());
        states.show(facets.states());
        outcomes.show(facets.outcomes());
        overdue.setLabel("Overdue (" + facets.overdue() + ")");
        atRisk.setLabel("Footage at risk of deletion (" + facets.atRisk() + ")");
        extended.setLabel("Extended under s.54(3A) (" + facets.extended() + ")");
        status.removeAll();
        long first = found.total() == 0 ? 0 : (long) query.page() * query.pageSize() + 1;
        long last = Math.min(found.total(), (long) (query.page() + 1) * query.pageSize());
        status.add(new Paragraph(found.total() == 0 ? "No requests match." :
                "Showing " + first + " to " + last + " of " + found.total() + " requests"));
        results.removeAll();
        found.hits().forEach(hit -> results.add(new SearchHitCard(hit)));
        results.add(pager(found, query));
    }

    private Div pager(SearchResults found, SearchQuery query) {
        var previous = new Button("Previous", e -> {
            page--;
            run();
        });
        previous.setEnabled(query.page() > 0);
        var next = new Button("Next", e -> {
            page++;
            run();
        });
        next.setEnabled((long) (query.page() + 1) * query.pageSize() < found.total());
        var pager = new Div(previous, new Span("Page " + (query.page() + 1)), next);
        pager.addClassName("pager");
        return pager;
    }
}
