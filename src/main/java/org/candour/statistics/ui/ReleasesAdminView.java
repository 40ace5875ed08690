package org.candour.statistics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.candour.identity.Roles;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.DataTable;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;
import org.candour.shared.ui.SuccessBanner;
import org.candour.statistics.ReleaseSummary;
import org.candour.statistics.StatisticsReleases;

/** Administrators publish a release on demand (for example a correction, with a note saying what it corrects). */
@Route(value = "staff/statistics", layout = MainLayout.class)
@PageTitle("Statistics releases - Candour")
@RolesAllowed(Roles.ADMIN)
class ReleasesAdminView extends Div {

    private final StatisticsReleases releases;
    private final Div list = new Div();
    private final SuccessBanner banner = new SuccessBanner();

    ReleasesAdminView(StatisticsReleases releases) {
        this.releases = releases;
        addClassNames("page", "page-wide");
        var note = new TextArea("Note for the release");
        note.setId("release-note");
        note.setHelperText("Say why it is published. For a correction, say which release it corrects and what "
                + "changed.");
        note.setRequired(true);
        note.setMaxLength(1000);
        note.setWidthFull();
        var publish = new Button("Publish a new release", click -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage("Enter a note for the release.");
                return;
            }
            note.setInvalid(false);
            var summary = releases.publish(note.getValue(), ReleaseSummary.Trigger.ADMINISTRATOR);
            banner.show("Release " + summary.version() + " is published.");
            note.clear();
            refresh();
        });
        publish.setId("publish-release");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(Page.backLink("staff"), Page.heading("Statistics releases"), banner,
                Page.body("A release is worked out from the footage catalogue and the requests as they are now, "
                        + "protected as a whole and frozen. Published releases never change."),
                note, publish, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var rows = releases.list().stream().map(s -> List.of(Integer.toString(s.version()),
                LondonTime.inWords(s.publishedAt().atZone(LondonTime.ZONE).toLocalDate()),
                LondonTime.inWords(s.periodFrom()) + " to " + LondonTime.inWords(s.periodTo()),
                s.trigger().name().toLowerCase(Locale.UK), s.note())).toList();
        list.add(rows.isEmpty() ? Page.inset(Page.body("No release has been published yet."))
                : DataTable.of("Published releases", List.of("Version", "Published", "Period", "Started by", "Note"),
                rows));
    }
}
