package org.candour.requests.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.candour.identity.Roles;
import org.candour.requests.ErasureSweep;
import org.candour.requests.PersonalDataErasure;
import org.candour.shared.LondonTime;
import org.candour.shared.ui.DataTable;
import org.candour.shared.ui.MainLayout;
import org.candour.shared.ui.Page;

/** For administrators: the report of the daily erasure of requesters' personal data (DPA 2018 s.39). */
@Route(value = "staff/erasure", layout = MainLayout.class)
@PageTitle("Erasure of personal data - Candour")
@RolesAllowed(Roles.ADMIN)
class ErasureReportView extends Div {

    private static final int RUNS_SHOWN = 30;
    private static final DateTimeFormatter RAN_AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm",
            LondonTime.LOCALE).withZone(LondonTime.ZONE);

    ErasureReportView(PersonalDataErasure erasure) {
        addClassName("page");
        List<ErasureSweep> sweeps = erasure.recentSweeps(RUNS_SHOWN);
        add(Page.heading("Erasure of personal data"),
                Page.body("Every night the portal erases the personal data of requests that closed more than "
                        + erasure.retentionMonths() + " months ago: the requester's identity, contact details and "
                        + "documents, the incident account, and all messages and notes. The reference, dates, states, "
                        + "outcome, borough, holds on footage and the audit log stay. A request that could not be "
                        + "erased is counted as failed and tried again the next night."));
        if (sweeps.stream().anyMatch(sweep -> sweep.failed() > 0)) {
            add(Page.warning("Some requests could not be erased: see the application log of the night it happened."));
        }
        var table = DataTable.of("The last " + RUNS_SHOWN + " runs, newest first",
                List.of("Ran at (London)", "Closed on or before", "Erased", "Failed"),
                sweeps.stream().map(sweep -> List.of(RAN_AT.format(sweep.ranAt()),
                        LondonTime.inWords(sweep.closedOnOrBefore()), Integer.toString(sweep.erased()),
                        Integer.toString(sweep.failed()))).toList());
        table.setId("erasure-sweeps");
        add(sweeps.isEmpty() ? Page.body("The erasure has not run yet.") : table);
    }
}
