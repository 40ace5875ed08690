package org.candour.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.CalendarInterval;
import co.elastic.clients.elasticsearch._types.aggregations.Percentiles;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.candour.requests.RequestState;
import org.candour.search.internal.PendingUpdates;
import org.candour.search.internal.SearchAccess;
import org.candour.search.internal.RequestIndex;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Aggregations over the request read model: per borough and month, and time spent in each stage. */
@Service
public class WorkflowAnalytics {

    /**
     * Footage deleted before it could be preserved, as staff see it live: answered "no footage held" because it was
     * deleted before the request, or still open, not preserved, and on or past its deletion date (London today,
     * from the injected clock). A withdrawn request is neither. The public statistic of the same name counts only
     * the first kind: a frozen release cannot count what an open request may yet turn out to be.
     */
    private static Query footageLost(LocalDate today) {
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.term(t -> t.field("noFootageReason").value("DELETED_BEFORE_REQUEST")))
                .should(s -> s.bool(open -> open
                        .filter(f -> f.term(t -> t.field("open").value(true)))
                        .filter(f -> f.term(t -> t.field("preserved").value(false)))
                        .filter(f -> f.range(r -> r.date(d -> d.field("footageDeletionDate")
                                .lte(today.toString()))))))));
    }

    private final ElasticsearchClient client;
    private final PendingUpdates pending;
    private final Clock clock;

    WorkflowAnalytics(ElasticsearchClient client, PendingUpdates pending, Clock clock) {
        this.client = client;
        this.pending = pending;
        this.clock = clock;
    }

    /** @throws SearchUnavailableException when Elasticsearch cannot be reached */
    public WorkflowFigures figures() {
        SearchAccess.require("see workflow analytics");
        try {
            return new WorkflowFigures(boroughMonths(), stages());
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException(pending.backlog().count(), e);
        }
    }

    private List<WorkflowFigures.BoroughMonth> boroughMonths() throws IOException {
        var received = client.search(s -> s.index(RequestIndex.ALIAS).size(0)
                .aggregations("borough", a -> a.terms(t -> t.field("boroughName").size(40))
                        .aggregations("month", m -> m.dateHistogram(h -> h.field("receivedOn")
                                        .calendarInterval(CalendarInterval.Month).format("yyyy-MM"))
                                .aggregations("footageLost", lost -> lost.filter(footageLost(
                                        LondonTime.today(clock)))))), Void.class);
        var decided = client.search(s -> s.index(RequestIndex.ALIAS).size(0)
                .query(q -> q.exists(e -> e.field("outcomeAt")))
                .aggregations("borough", a -> a.terms(t -> t.field("boroughName").size(40))
                        .aggregations("month", m -> m.dateHistogram(h -> h.field("outcomeAt")
                                        .calendarInterval(CalendarInterval.Month).format("yyyy-MM"))
                                .aggregations("days", d -> d.percentiles(p -> p.field("daysToOutcome")
                                        .percents(50.0, 90.0)))
                                .aggregations("onTime", o -> o.filter(f -> f.term(t -> t
                                        .field("answeredWithinDeadline").value(true)))))), Void.class);
        Map<String, WorkflowFigures.BoroughMonth> rows = new HashMap<>();
        forEachMonth(received.aggregations().get("borough"), (borough, month, bucket) ->
                rows.put(borough + month, new WorkflowFigures.BoroughMonth(borough, month, bucket.docCount(), 0,
                        null, null, null, bucket.aggregations().get("footageLost").filter().docCount())));
        forEachMonth(decided.aggregations().get("borough"), (borough, month, bucket) -> {
            var days = bucket.aggregations().get("days").tdigestPercentiles().values();
            long count = bucket.docCount();
            long onTime = bucket.aggregations().get("onTime").filter().docCount();
            var before = rows.get(borough + month);
            rows.put(borough + month, new WorkflowFigures.BoroughMonth(borough, month,
                    before == null ? 0 : before.received(), count, percentile(days, "50.0"),
                    percentile(days, "90.0"), count == 0 ? null : (double) onTime / count,
                    before == null ? 0 : before.footageLost()));
        });
        return rows.values().stream().sorted(Comparator.comparing(WorkflowFigures.BoroughMonth::month)
                .thenComparing(WorkflowFigures.BoroughMonth::borough)).toList();
    }

    /** Stays per state (stages entered) and the median and 90th percentile of the finished ones, most stays first. */
    private List<WorkflowFigures.StageTime> stages() throws IOException {
        List<RequestState> states = List.of(RequestState.values());
        var response = client.search(s -> {
            s.index(RequestIndex.ALIAS).size(0);
            for (RequestState state : states) {
                s.aggregations("stays-" + state, a -> a.sum(sum -> sum.field("stageEntries." + state)))
                        .aggregations("days-" + state, a -> a.percentiles(p -> p.field("stageDays." + state)
                                .percents(50.0, 90.0)));
            }
            return s;
        }, Void.class);
        var result = new ArrayList<WorkflowFigures.StageTime>();
        for (RequestState state : states) {
            long stays = Math.round(response.aggregations().get("stays-" + state).sum().value());
            if (stays > 0) {
                var days = response.aggregations().get("days-" + state).tdigestPercentiles().values();
                result.add(new WorkflowFigures.StageTime(state, stays, percentile(days, "50.0"),
                        percentile(days, "90.0")));
            }
        }
        result.sort(Comparator.comparingLong(WorkflowFigures.StageTime::stays).reversed()
                .thenComparing(WorkflowFigures.StageTime::state));
        return result;
    }

    private interface MonthBucket {
        void accept(String borough, YearMonth month, co.elastic.clients.elasticsearch._types.aggregations
                .MultiBucketBase bucket);
    }

    private static void forEachMonth(Aggregate boroughs, MonthBucket action) {
        for (StringTermsBucket borough : boroughs.sterms().buckets().array()) {
            borough.aggregations().get("month").dateHistogram().buckets().array().forEach(month -> {
                if (month.docCount() > 0) {
                    var yearMonth = YearMonth.from(Instant.ofEpochMilli(month.key()).atZone(ZoneOffset.UTC));
                    action.accept(borough.key().stringValue(), yearMonth, month);
                }
            });
        }
    }

    private static @Nullable Double percentile(Percentiles values, String key) {
        if (!values.isKeyed()) {
            return values.array().stream().filter(p -> p.key() == Double.parseDouble(key))
                    .map(p -> p.value()).filter(v -> !Double.isNaN(v)).findFirst().orElse(null);
        }
        var value = values.keyed().get(key);
        return value == null || value.isEmpty() ? null : Double.valueOf(value);
    }
}
