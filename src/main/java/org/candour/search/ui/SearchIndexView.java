package org.candour.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import org.candour.identity.Roles;
import org.candour.search.IndexStatus;
import org.candour.search.RebuildResult;
import org.candour.search.SearchIndexAdmin;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/** For administrators: index health against the database, the outbox backlog, and a rebuild with progress. */
@Route(value = "staff/search/index", layout = MainLayout.class)
@PageTitle("Search index - Candour")
@RolesAllowed(Roles.ADMIN)
class SearchIndexView extends Div {

    private final SearchIndexAdmin admin;
    private final Div statusPanel = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private final Button rebuild = new Button("Rebuild index");

    SearchIndexView(SearchIndexAdmin admin) {
        this.admin = admin;
        addClassName("page");
        progress.setVisible(false);
        progress.setId("rebuild-progress");
        progressText.getElement().setAttribute("role", "status");
        progressText.setId("rebuild-status");
        rebuild.setId("rebuild-index");
        rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rebuild.addClickListener(click -> startRebuild(click.getSource().getUI().orElseThrow()));
        add(Page.heading("Search index"),
                Page.body("The search index is a copy of the request workflow, kept up to date from the database. "
                        + "If it falls behind or is lost, rebuild it: searching keeps working on the old copy until "
                        + "the new one is complete."),
                statusPanel, rebuild, progress, progressText);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        showStatus(admin.status());
    }

    private void showStatus(IndexStatus status) {
        statusPanel.removeAll();
        var list = new DescriptionList();
        list.addClassName("summary-list");
        row(list, "Health", status.health());
        row(list, "Index", status.index() == null ? "None yet" : status.index());
        row(list, "Requests in the database", Long.toString(status.requestsInDatabase()));
        row(list, "Requests in the index", Long.toString(status.documents()));
        row(list, "Updates waiting", Long.toString(status.pendingUpdates()));
        row(list, "Oldest waiting for", status.oldestPending() == null ? "Nothing waiting" : words(status.oldestPending()));
        statusPanel.add(list);
        if (!status.available()) {
            statusPanel.add(Page.warning("Elasticsearch cannot be reached. Changes wait in the database and are "
                    + "indexed when it returns."));
        }
    }

    private void startRebuild(UI ui) {
        rebuild.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        progressText.setText("Rebuilding...");
        Thread.ofVirtual().name("index-rebuild").start(() -> {
            try {
                RebuildResult result = admin.rebuild((done, total) -> ui.access(() -> {
                    progress.setValue(total == 0 ? 1 : (double) done / total);
                    progressText.setText("Indexed " + done + " of " + total + " requests");
                }));
                ui.access(() -> finished("Rebuilt: " + result.indexed() + " requests in " + words(result.took())
                        + (result.failed() > 0 ? ", " + result.failed() + " failed" : "") + ". Now searching "
                        + result.index() + "."));
            } catch (Exception e) {
                ui.access(() -> finished("The rebuild failed and the old index is still in use: " + e.getMessage()));
            }
        });
    }

    private void finished(String message) {
        progress.setVisible(false);
        progressText.setText(message);
        rebuild.setEnabled(true);
        showStatus(admin.status());
    }

    private static void row(DescriptionList list, String key, String value) {
        var row = new Div(new DescriptionList.Term(key), new DescriptionList.Description(value));
        row.addClassName("summary-row");
        list.add(row);
    }

    private static String words(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds < 120 ? seconds + " seconds" : duration.toMinutes() + " minutes";
    }
}
