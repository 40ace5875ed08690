package org.candour.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates benchmark data inside the database (H2 or PostgreSQL) in set-based statements (no rows travel through Java): recordings spread
 * evenly over the period across 20,000 cameras in the 32 boroughs, and requests with outcomes, grounds and stage
 * history. Requester columns hold a placeholder byte: statistics never read them. No s.45(4)(d) refusals: the
 * column restriction_ground (V7) is 16 characters and cannot hold NATIONAL_SECURITY (17).
 */
final class BenchmarkData {

    private static final String OFFICER = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private BenchmarkData() {
    }

    /**
     * Recordings from {@code from} to {@code to}; those due for deletion before {@code sweptUpTo} are recorded as
     * swept. Every month written is marked as changed, as the importer would (V22). {@code postgres}: in
     * PostgreSQL's dialect (generate_series, intervals) rather than H2's.
     */
    static void recordings(JdbcTemplate jdbc, long count, LocalDate from, LocalDate to, LocalDate sweptUpTo,
                           boolean postgres) {
        long seconds = ChronoUnit.DAYS.between(from, to) * 86_400L;
        String start = "timestamp with time zone '" + from + " 00:00:00+00'";
        String londonDate = "cast((s at time zone 'Europe/London') as date)";
        String rows = postgres ? "generate_series(cast(1 as bigint), " + count + ") as x" : "system_range(1, " + count + ")";
        String end = postgres ? "s + d * interval '1 second'" : "dateadd(second, d, s)";
        String startAt = postgres ? start + " + (x * " + seconds + " / " + count + ") * interval '1 second'"
                : "dateadd(second, x * " + seconds + " / " + count + ", " + start + ")";
        jdbc.execute("insert into recording (id, camera_id, borough_code, start_at, end_at, duration_seconds, "
                + "category, evidential, officer_key, deletion_date, deleted_at_source, hold_count) "
                + "select 'B' || x, 'CAM-' || mod(x, 20000), "
                + "'E090000' || lpad(cast(2 + mod(x, 32) as varchar), 2, '0'), "
                + "s, " + end + ", d, case mod(x, 10) when 0 then 'STOP_AND_SEARCH' when 1 then 'ARREST' "
                + "else 'OTHER' end, mod(x, 13) = 0, '" + OFFICER + "', " + londonDate + " + 31, "
                + "case when mod(x, 13) <> 0 and " + londonDate + " + 31 < date '" + sweptUpTo + "' then " + londonDate
                + " + 31 end, 0 from (select x, " + startAt + " as s, 120 + mod(x * 37, 1800) as d from " + rows
                + ") g");
        jdbc.execute("insert into footage_month_change (month_start) select distinct (deletion_date - 31) "
                + "- cast(extract(day from deletion_date - 31) as integer) + 1 from recording");
    }

    static void requests(JdbcTemplate jdbc, int count, LocalDate from, LocalDate to, boolean postgres) {
        long days = ChronoUnit.DAYS.between(from, to);
        // A real table, not a temporary one: each statement may run on another pooled connection.
        jdbc.execute("create table bench_request as select x, " + (postgres ? "gen_random_uuid()" : "random_uuid()")
                + " as id, " + (postgres ? "date '" + from + "' + cast(x * " + days + " / " + count + " as integer)"
                        : "dateadd(day, x * " + days + " / " + count + ", date '" + from + "')") + " as received, "
                + "'E090000' || lpad(cast(2 + mod(x * 2654435761, 32) as varchar), 2, '0') as borough, "
                + "cast(mod(x * 7919, 20) as integer) as kind, cast(mod(x * 104729, 48) as integer) as took from "
                + (postgres ? "generate_series(cast(1 as bigint), " + count + ") as x" : "system_range(1, " + count + ")"));
        String opaque = postgres ? "'\\x00'::bytea" : "X'00'";
        String daysBefore = postgres ? "received - 3" : "dateadd(day, -3, received)";
        String due = postgres ? "cast(received + interval '1 month' as date)" : "dateadd(month, 1, received)";
        String decided = postgres ? "received + took" : "dateadd(day, took, received)";
        String insert = "insert into footage_request (id, reference, submission_key, secret_hash, state, version, "
                + "submitted_at, received_on, identity_verified_on, extension_months, requester_name, "
                + "requester_date_of_birth, requester_address, requester_postcode, requester_email, requester_phone, "
                + "requester_appearance, incident_date, incident_time_from, incident_time_to, borough_code, "
                + "incident_location, incident_description, stop_and_search, access_preference, due_on, "
                + "restriction_ground, no_footage_reason) select id, 'BWV-B-' || x, "
                + (postgres ? "gen_random_uuid()" : "random_uuid()") + ", 'x', "
                + "case when kind < 10 then 'DISCLOSED' when kind < 13 then 'PARTIALLY_DISCLOSED' "
                + "when kind < 15 then 'REFUSED' when kind < 17 then 'NO_FOOTAGE_HELD' else 'SEARCHING' end, 0, "
                + "cast(received as timestamp with time zone), received, received, 0, OPAQUE, OPAQUE, OPAQUE, OPAQUE, "
                + "OPAQUE, null, OPAQUE, " + daysBefore + ", time '21:00:00', time '21:30:00', borough, "
                + "OPAQUE, OPAQUE, mod(x, 3) = 0, 'COPY', " + due + ", "
                + "case when kind between 11 and 14 then case mod(x, 4) when 0 then 'OBSTRUCT_INQUIRY' "
                + "when 1 then 'PREJUDICE_CRIME' when 2 then 'PUBLIC_SECURITY' else 'RIGHTS_OF_OTHERS' end end, "
                + "case when kind = 15 then 'DELETED_BEFORE_REQUEST' "
                + "when kind = 16 then 'NEVER_RECORDED' end from bench_request";
        jdbc.execute(insert.replace("OPAQUE", opaque));
        jdbc.execute("insert into request_stage (request_id, state, entered_at, exited_at) select id, 'SUBMITTED', "
                + "cast(received as timestamp with time zone), cast(received as timestamp with time zone) "
                + "from bench_request");
        jdbc.execute("insert into request_stage (request_id, state, entered_at, exited_at) select id, "
                + "case when kind < 10 then 'DISCLOSED' when kind < 13 then 'PARTIALLY_DISCLOSED' "
                + "when kind < 15 then 'REFUSED' else 'NO_FOOTAGE_HELD' end, "
                + "cast(" + decided + " as timestamp with time zone), null from bench_request "
                + "where kind < 17 and " + decided + " <= date '" + to + "'");
        jdbc.execute("drop table bench_request");
    }
}
