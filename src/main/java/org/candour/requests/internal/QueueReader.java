package org.candour.requests.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.candour.requests.QueueFilter;
import org.candour.requests.QueueItem;
import org.candour.footage.FootageRetention;
import org.candour.requests.RequestState;
import org.candour.requests.Urgency;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.LondonTime;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The casework queue, straight from the database (it must work while search is down), one page at a time, over
 * the workflow columns only: requester identity is never selected. "Overdue" and "at risk" are {@link Urgency}'s
 * rules, written in SQL against today's date for the filters and order, and applied again to each row in Java.
 * Unsorted pages come in order of urgency: footage at risk (soonest deletion first), then overdue, then by due date.
 */
@Component
public class QueueReader {

    private static final String HELD = RequestFlags.preserved("r.id");
    private static final String OPEN = "r.state in (:open)";
    /** {@link Urgency#footageAtRisk}: deleted after today means recorded after today's recording date. */
    private static final String AT_RISK = "(r.state in (:atRiskStates) and r.incident_date > :recordedToday and not "
            + HELD + ")";
    /** {@link Urgency#overdue}. */
    private static final String OVERDUE = "(r.state in (:overdueStates) and r.due_on < :today)";
    private static final String URGENCY = "case when " + AT_RISK + " then 0 when " + OVERDUE + " then 1 else 2 end, "
            + "case when " + AT_RISK + " then r.incident_date end asc nulls last, r.due_on asc nulls last, "
            + "r.received_on asc, r.reference asc";
    /** Sortable grid columns and the column each sorts by: nothing else reaches the SQL. */
    private static final Map<String, String> SORTABLE = Map.of("reference", "r.reference",
            "borough", "r.borough_code", "state", "r.state", "dueOn", "r.due_on",
            "footageDeletionDate", "r.incident_date", "assignedTo", "r.assigned_to");

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    QueueReader(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param reader the staff member reading: "awaiting my sign-off" leaves out what they proposed themselves */
    public List<QueueItem> page(QueueFilter filter, String reader, Pageable pageable) {
        LocalDate today = LondonTime.today(clock);
        var params = parameters(today, reader);
        String sql = "select r.reference, r.version, r.borough_code, r.state, r.due_on, r.incident_date, "
                + "r.assigned_to, r.preservation_to_confirm, r.answer_received_on, "
                + "case when " + HELD + " then true else false end as preserved, "
                + "case when " + RequestFlags.linkedToComplaint("r.id") + " then true else false "
                + "end as linked from footage_request r where " + where(filter, params) + " order by "
                + order(pageable.getSort()) + " offset :offset rows fetch next :size rows only";
        params.addValue("offset", pageable.getOffset()).addValue("size", pageable.getPageSize());
        return jdbc.query(sql, params, (rs, n) -> item(rs, today));
    }

    public long count(QueueFilter filter, String reader) {
        var params = parameters(LondonTime.today(clock), reader);
        Long count = jdbc.queryForObject("select count(*) from footage_request r where " + where(filter, params),
                params, Long.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource parameters(LocalDate today, String reader) {
        return new MapSqlParameterSource().addValue("open", names(RequestState.open())).addValue("today", today)
                .addValue("reader", reader)
                .addValue("overdueStates", names(Urgency.statesThatCanBeOverdue()))
                .addValue("atRiskStates", names(Urgency.statesWithFootageAtRisk()))
                .addValue("recordedToday", FootageRetention.recordedOn(today));
    }

    private static List<String> names(List<RequestState> states) {
        return states.stream().map(Enum::name).toList();
    }

    private static String where(QueueFilter filter, MapSqlParameterSource params) {
        var conditions = new ArrayList<String>();
        if (filter.state() == null) {
            conditions.add(OPEN);
        } else {
            conditions.add("r.state = :state");
            params.addValue("state", filter.state().name());
        }
        if (filter.boroughCode() != null) {
            conditions.add("r.borough_code = :borough");
            params.addValue("borough", filter.boroughCode());
        }
        if (filter.dueBy() != null) {
            conditions.add("r.due_on <= :dueBy");
            params.addValue("dueBy", filter.dueBy());
        }
        if (filter.footageDeletedBy() != null) {
            conditions.add("r.incident_date <= :incidentBy");
            params.addValue("incidentBy", FootageRetention.recordedOn(filter.footageDeletedBy()));
        }
        if (QueueFilter.UNASSIGNED.equals(filter.assignedTo())) {
            conditions.add("r.assigned_to is null");
        } else if (filter.assignedTo() != null) {
            conditions.add("r.assigned_to = :assignee");
            params.addValue("assignee", filter.assignedTo());
        }
        if (filter.overdueOnly()) {
            conditions.add(OVERDUE);
        }
        if (filter.atRiskOnly()) {
            conditions.add(AT_RISK);
        }
        if (filter.awaitingMySignOff()) {
            conditions.add("r.proposed_outcome is not null and r.proposed_by <> :reader");
        }
        return String.join(" and ", conditions);
    }

    private static String order(Sort sort) {
        var orders = sort.stream().filter(o -> SORTABLE.containsKey(o.getProperty()))
                .map(o -> SORTABLE.get(o.getProperty()) + (o.isAscending() ? " asc" : " desc") + " nulls last")
                .toList();
        return orders.isEmpty() ? URGENCY : String.join(", ", orders) + ", r.reference asc";
    }

    private static QueueItem item(ResultSet rs, LocalDate today) throws SQLException {
        var state = RequestState.valueOf(rs.getString("state"));
        LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
        LocalDate incidentDate = rs.getObject("incident_date", LocalDate.class);
        boolean preserved = rs.getBoolean("preserved");
        LocalDate deletionDate = Urgency.footageDeletionDate(incidentDate);
        return new QueueItem(rs.getString("reference"), rs.getLong("version"),
                Boroughs.byCode(rs.getString("borough_code")).map(Borough::name).orElse("London"), state, dueOn,
                deletionDate, rs.getString("assigned_to"), Urgency.overdue(state, dueOn, today),
                Urgency.footageAtRisk(state, deletionDate, preserved, today), preserved, rs.getBoolean("linked"),
                rs.getBoolean("preservation_to_confirm"),
                rs.getObject("answer_received_on", LocalDate.class) != null);
    }
}
