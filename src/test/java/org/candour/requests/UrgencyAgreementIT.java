package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.candour.support.TestSecurity.as;
import static org.candour.support.TestSecurity.run;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.RestrictionGround;
import org.candour.search.RequestSearch;
import org.candour.search.SearchQuery;
import org.candour.search.SearchResults;
import org.candour.search.internal.RequestIndex;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestFootage;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/**
 * The casework queue (SQL), staff search (Elasticsearch), the case pages and statistics read the same requests
 * with the same rules ({@code requests.Urgency}): the same requests overdue and at risk, the same counts per state
 * and outcome, on either side of London midnight, with paused and preserved requests among them. The clock moves
 * and nothing is indexed again: the index holds facts only. The requests are in Richmond upon Thames, a borough no
 * other test files in.
 */
@SpringBootTest
@Import(ClockTestConfiguration.class)
class UrgencyAgreementIT {

    private static final String BOROUGH = "E09000027";
    private static final String BOROUGH_NAME = "Richmond upon Thames";
    private static final String CASEWORKER = "agreement-caseworker";

    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    CaseQueue queue;
    @Autowired
    RequestSearch search;
    @Autowired
    RequestSnapshots snapshots;
    @Autowired
    RequestFigures figures;
    @Autowired
    FootageImportService imports;
    @Autowired
    ElasticsearchClient elasticsearch;
    @Autowired
    MutableClock clock;

    private final Map<String, String> names = new LinkedHashMap<>();

    @Test
    void queueSearchCasePagesAndStatisticsAgreeOnEveryRequest() {
        LocalDate first = today();
        file("just filed", first.minusDays(5));
        file("deleted tomorrow", first.minusDays(30));
        file("deleted today", first.minusDays(31));
        String preserved = file("preserved", first.minusDays(5));
        String recording = TestFootage.recordingInLambeth(imports, clock.instant().minus(Duration.ofDays(5)));
        act(preserved, (ref, v) -> casework.preserveRecording(ref, v, recording));
        String running = file("running", first.minusDays(40));
        act(running, (ref, v) -> casework.verifyIdentity(ref, v, first));
        String paused = file("paused", first.minusDays(40));
        act(paused, (ref, v) -> casework.verifyIdentity(ref, v, first));
        act(paused, (ref, v) -> casework.askForClarification(ref, v, "Which entrance of the station?"));
        String disclosed = file("disclosed", first.minusDays(3));
        moveToReview(disclosed, first);
        act(disclosed, (ref, v) -> casework.decide(ref, v, Decision.DISCLOSED, null));
        String refused = file("refused", first.minusDays(3));
        moveToReview(refused, first);
        act(refused, (ref, v) -> casework.decide(ref, v, Decision.REFUSED, RestrictionGround.PREJUDICE_CRIME));
        as("agreement-supervisor", Role.SUPERVISOR, () -> casework.signOff(refused, version(refused)));
        String withdrawn = file("withdrawn", first.minusDays(1));
        act(withdrawn, casework::withdraw);
        awaitIndexed();

        agree(Set.of("just filed", "deleted tomorrow"), Set.of());

        LocalDate due = dueDate(running);
        clock.set(due.atTime(LocalTime.of(23, 59)).atZone(LondonTime.ZONE).toInstant());
        file("fresh", due.minusDays(30));
        awaitIndexed();
        agree(Set.of("fresh"), Set.of());

        clock.set(due.plusDays(1).atTime(LocalTime.of(0, 1)).atZone(LondonTime.ZONE).toInstant());
        agree(Set.of(), Set.of("running"));

        clock.advance(Duration.ofDays(10)); // past the frozen due date of the paused request: it is still not overdue
        agree(Set.of(), Set.of("running"));
        assertThat(snapshots.find(snapshot(paused).id()).orElseThrow().dueDate()).isNull();
    }

    /** Every reader finds exactly these requests at risk and overdue, and the same numbers in every state. */
    private void agree(Set<String> atRisk, Set<String> overdue) {
        LocalDate today = today();
        var queued = queueItems(new QueueFilter(BOROUGH, null, null, null, null, false, false, false));
        assertThat(named(queued.stream().filter(QueueItem::atRisk), QueueItem::reference)).isEqualTo(atRisk);
        assertThat(named(queued.stream().filter(QueueItem::overdue), QueueItem::reference)).isEqualTo(overdue);
        assertThat(named(queueItems(new QueueFilter(BOROUGH, null, null, null, null, false, true, false)).stream(),
                QueueItem::reference)).isEqualTo(atRisk);
        assertThat(named(queueItems(new QueueFilter(BOROUGH, null, null, null, null, true, false, false)).stream(),
                QueueItem::reference)).isEqualTo(overdue);

        var everything = search(false, false);
        assertThat(everything.facets().atRisk()).isEqualTo(atRisk.size());
        assertThat(everything.facets().overdue()).isEqualTo(overdue.size());
        assertThat(named(everything.hits().stream().filter(SearchResults.Hit::atRisk), SearchResults.Hit::reference))
                .isEqualTo(atRisk);
        assertThat(named(everything.hits().stream().filter(SearchResults.Hit::overdue), SearchResults.Hit::reference))
                .isEqualTo(overdue);
        assertThat(named(search(false, true).hits().stream(), SearchResults.Hit::reference)).isEqualTo(atRisk);
        assertThat(named(search(true, false).hits().stream(), SearchResults.Hit::reference)).isEqualTo(overdue);
        mostUrgentFirst(everything.hits());

        for (String reference : names.keySet()) {
            CaseDetails details = as(CASEWORKER, Role.CASEWORKER, () -> casework.find(reference).orElseThrow());
            var hit = everything.hits().stream().filter(h -> h.reference().equals(reference)).findFirst()
                    .orElseThrow();
            assertThat(details.footageAtRisk()).as(names.get(reference)).isEqualTo(atRisk.contains(names.get(reference)));
            assertThat(details.overdue()).as(names.get(reference)).isEqualTo(overdue.contains(names.get(reference)));
            assertThat(hit.footageDeletionDate()).isEqualTo(details.footageDeletionDate());
        }

        var facts = figures.receivedBetween(today.minusYears(1), today).stream()
                .filter(fact -> fact.boroughCode().equals(BOROUGH)).toList();
        assertThat(facts).hasSize(names.size());
        assertThat(everything.total()).isEqualTo(names.size());
        for (RequestState state : RequestState.values()) {
            long queueCount = as(CASEWORKER, Role.CASEWORKER, () -> queue.count(
                    new QueueFilter(BOROUGH, state, null, null, null, false, false, false)));
            assertThat(count(everything.facets().states(), state)).as(state.name()).isEqualTo(queueCount);
        }
        for (Outcome outcome : Outcome.values()) {
            long reached = facts.stream().filter(fact -> fact.outcome() == outcome).count();
            assertThat(count(everything.facets().outcomes(), outcome)).as(outcome.name()).isEqualTo(reached);
        }
    }

    private SearchResults search(boolean overdueOnly, boolean atRiskOnly) {
        return search(overdueOnly, atRiskOnly, 0, 100);
    }

    private SearchResults search(boolean overdueOnly, boolean atRiskOnly, int page, int pageSize) {
        return as(CASEWORKER, Role.CASEWORKER, () -> search.search(new SearchQuery("", Set.of(BOROUGH_NAME),
                Set.of(), Set.of(), overdueOnly, atRiskOnly, false, null, null, SearchQuery.Order.URGENCY, page,
                pageSize)));
    }

    /**
     * The queue's order: footage at risk (soonest deletion first), overdue, overdue and no longer open, the other
     * open requests, the rest; within a group by due date. Pages of any size cut the same list.
     */
    private void mostUrgentFirst(List<SearchResults.Hit> hits) {
        for (int i = 1; i < hits.size(); i++) {
            var before = hits.get(i - 1);
            var after = hits.get(i);
            assertThat(group(before)).as("%s before %s", names.get(before.reference()), names.get(after.reference()))
                    .isLessThanOrEqualTo(group(after));
            if (group(before) == 0 && group(after) == 0) {
                assertThat(before.footageDeletionDate()).isBeforeOrEqualTo(after.footageDeletionDate());
            }
        }
        var references = hits.stream().map(SearchResults.Hit::reference).toList();
        for (int size = 1; size <= 3; size++) {
            var paged = new ArrayList<String>();
            for (int page = 0; page * size < references.size(); page++) {
                search(false, false, page, size).hits().forEach(hit -> paged.add(hit.reference()));
            }
            assertThat(paged).as("pages of %d", size).isEqualTo(references);
        }
    }

    private static int group(SearchResults.Hit hit) {
        if (hit.atRisk()) {
            return 0;
        }
        if (hit.overdue()) {
            return hit.state().isOpen() ? 1 : 2;
        }
        return hit.state().isOpen() ? 3 : 4;
    }

    private List<QueueItem> queueItems(QueueFilter filter) {
        return as(CASEWORKER, Role.CASEWORKER, () -> queue.page(filter, PageRequest.of(0, 100)));
    }

    private <T> Set<String> named(java.util.stream.Stream<T> items, Function<T, String> reference) {
        return items.map(reference).map(names::get).collect(Collectors.toSet());
    }

    private static <T> long count(List<SearchResults.Count<T>> counts, T value) {
        return counts.stream().filter(c -> c.value().equals(value)).mapToLong(SearchResults.Count::count).sum();
    }

    private String file(String name, LocalDate incidentDate) {
        var valid = TestRequests.valid(incidentDate);
        var incident = valid.incident();
        var request = new NewRequest(valid.submissionKey(), valid.aboutYou(), valid.documents(),
                new NewRequest.TheIncident(incident.date(), incident.timeFrom(), incident.timeTo(), BOROUGH,
                        "Richmond station", incident.whatHappened(), incident.howToRecogniseYou(),
                        incident.collarNumber(), incident.cadReference(), incident.stopAndSearch()),
                valid.accessPreference(), true);
        String reference = filing.file(request).reference();
        names.put(reference, name);
        return reference;
    }

    private void moveToReview(String reference, LocalDate verifiedOn) {
        act(reference, (ref, v) -> casework.verifyIdentity(ref, v, verifiedOn));
        act(reference, casework::startSearch);
        act(reference, casework::startReview);
    }

    private interface Step {
        CaseDetails take(String reference, long version);
    }

    private void act(String reference, Step step) {
        run(CASEWORKER, Role.CASEWORKER, () -> step.take(reference, version(reference)));
    }

    private long version(String reference) {
        return snapshot(reference).version();
    }

    private RequestSnapshot snapshot(String reference) {
        return snapshots.pageAfter(null, 100_000).stream().filter(s -> s.reference().equals(reference))
                .findFirst().orElseThrow();
    }

    private LocalDate dueDate(String reference) {
        return as(CASEWORKER, Role.CASEWORKER, () -> casework.find(reference).orElseThrow()).deadline().dueDate();
    }

    /**
     * Until the index holds the database's version of each of these requests, then a refresh: a get sees a write
     * at once, a search only after the next refresh.
     */
    private void awaitIndexed() {
        var expected = names.keySet().stream().map(this::snapshot).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> expected.stream().allMatch(this::indexed));
        try {
            elasticsearch.indices().refresh(r -> r.index(RequestIndex.ALIAS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean indexed(RequestSnapshot snapshot) {
        try {
            var found = elasticsearch.get(g -> g.index(RequestIndex.ALIAS).id(snapshot.id().toString()), Void.class);
            return found.found() && found.version() != null && found.version() == snapshot.version();
        } catch (IOException unreachable) {
            return false;
        }
    }

    private LocalDate today() {
        return LondonTime.today(clock);
    }
}
