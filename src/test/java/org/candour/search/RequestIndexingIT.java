package org.candour.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import org.candour.requests.RequestState;
import org.candour.requests.FilingReceipt;
import org.candour.requests.NewRequest;
import org.candour.requests.RequestFilingService;
import org.candour.requests.RequestSnapshots;
import org.candour.search.internal.FacetKey;
import org.candour.search.internal.RequestDocument;
import org.candour.search.internal.RequestIndex;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The read model against a real Elasticsearch node: indexing through the outbox, search, facets, rebuild. */
@SpringBootTest
class RequestIndexingIT {

    private static final Set<String> IDENTITY_WORDS = Set.of("name", "birth", "address", "postcode", "email", "phone",
            "appearance", "document", "requester", "secret");

    @Autowired
    RequestFilingService filing;
    @Autowired
    RequestSearch search;
    @Autowired
    SearchIndexAdmin admin;
    @Autowired
    RequestSnapshots snapshots;
    @Autowired
    RequestIndex index;
    @Autowired
    ElasticsearchClient client;

    @Test
    void aFiledRequestBecomesSearchableByItsIncidentAccount() {
        // A word of its own in the account: the index is shared by every test class of the JVM, and many of their
        // requests match "matched a description", so a search for that alone could leave this one off the page.
        String word = "Zeta" + Long.toString(System.nanoTime(), 36);
        var base = TestRequests.valid(LocalDate.now().minusDays(2));
        var told = base.incident();
        FilingReceipt receipt = filing.file(new NewRequest(base.submissionKey(), base.aboutYou(), base.documents(),
                new NewRequest.TheIncident(told.date(), told.timeFrom(), told.timeTo(), told.boroughCode(),
                        told.location(), told.whatHappened() + " The van was marked " + word + ".",
                        told.howToRecogniseYou(), told.collarNumber(), told.cadReference(), told.stopAndSearch()),
                base.accessPreference(), base.declarationAccepted()));

        var hit = awaitHit(receipt.reference(), word + " matched a description");
        assertThat(hit.boroughName()).isEqualTo("Lambeth");
        assertThat(hit.state()).isEqualTo(RequestState.SUBMITTED);
        assertThat(hit.atRisk()).isTrue();
        assertThat(hit.snippet()).contains(SearchResults.MARK_START + "matched" + SearchResults.MARK_END);
    }

    @Test
    void theLiveMappingHoldsNoRequesterIdentityAndRefusesUnknownFields() throws IOException {
        filing.file(TestRequests.valid(LocalDate.now().minusDays(1)));
        await().atMost(Duration.ofSeconds(30)).until(() -> admin.status().documents() > 0);

        var mappings = client.indices().getMapping(m -> m.index(RequestIndex.ALIAS)).mappings();
        assertThat(mappings).isNotEmpty();
        mappings.values().forEach(indexMapping -> {
            var fields = indexMapping.mappings().properties().keySet();
            assertThat(fields).contains("reference", "boroughName", "state", "open", "stageDays", "stageEntries",
                    "description", "dueDate",
                    "preserved", "linkedToComplaint", "assignedTo", "restrictionGround", "noFootageReason");
            assertThat(fields).allSatisfy(field -> assertThat(IDENTITY_WORDS)
                    .noneMatch(word -> field.toLowerCase().contains(word) && !field.equals("boroughName")));
            assertThat(indexMapping.mappings().dynamic().jsonValue()).isEqualTo("strict");
        });
    }

    @Test
    void theIndexedDocumentCarriesNoPersonalDataOfTheRequester() throws IOException {
        FilingReceipt receipt = filing.file(TestRequests.valid(LocalDate.now().minusDays(3)));
        awaitHit(receipt.reference(), "");

        var found = client.search(s -> s.index(RequestIndex.ALIAS)
                .query(q -> q.term(t -> t.field("reference").value(receipt.reference()))), Object.class);
        String source = found.hits().hits().getFirst().source().toString();
        assertThat(source).contains(receipt.reference())
                .doesNotContain(TestRequests.NAME, TestRequests.EMAIL, "Acre Lane", "SW2 5SG", "1990-05-17",
                        "Red hooded jacket");
    }

    @Test
    void facetsCountAndFilterTheResults() {
        FilingReceipt receipt = filing.file(TestRequests.valid(LocalDate.now().minusDays(4)));
        awaitHit(receipt.reference(), "");

        var lambeth = search.search(new SearchQuery("", Set.of("Lambeth"), Set.of(), Set.of(), false, true, false,
                null, null, SearchQuery.Order.URGENCY, 0, 100));
        assertThat(lambeth.hits()).isNotEmpty().allMatch(hit -> hit.boroughName().equals("Lambeth"));
        assertThat(lambeth.facets().boroughs()).extracting(SearchResults.Count::value).containsExactly("Lambeth");
        assertThat(lambeth.facets().atRisk()).isEqualTo(lambeth.total());

        var none = search.search(new SearchQuery("", Set.of("Lambeth"), Set.of(RequestState.REFUSED), Set.of(), false, false,
                false, null, null, SearchQuery.Order.NEWEST, 0, 10));
        assertThat(none.total()).isZero();
    }

    @Test
    void anOlderVersionNeverOverwritesANewerOne() throws IOException {
        FilingReceipt receipt = filing.file(TestRequests.valid(LocalDate.now().minusDays(5)));
        awaitHit(receipt.reference(), "");
        var snapshot = snapshots.pageAfter(null, 10_000).stream()
                .filter(s -> s.reference().equals(receipt.reference())).findFirst().orElseThrow();
        var current = RequestDocument.of(snapshot);
        var stale = new RequestDocument(current.id(), current.version(), current.reference(), current.boroughCode(),
                current.boroughName(), current.bcu(), "WITHDRAWN", false, current.submittedAt(), current.receivedOn(),
                current.incidentDate(), current.clockStatus(), current.dueDate(), current.footageDeletionDate(),
                false, false, false, null, null, null, null, current.location(), current.description(), current.stageDays(),
                current.stageEntries(),
                false, false, null, null, null,
                new FacetKey(current.boroughName(), "WITHDRAWN", null, false).value());

        index.put(stale, RequestIndex.ALIAS);

        client.indices().refresh(r -> r.index(RequestIndex.ALIAS));
        assertThat(awaitHit(receipt.reference(), "").state()).isEqualTo(RequestState.SUBMITTED);
    }

    @Test
    void aRebuildMovesTheAliasToANewIndexWithEveryRequest() throws IOException {
        // Wait for this request, not for the index to match this database: the test node is shared by every Spring
        // context in the JVM, so the old index may also hold requests filed by other test classes.
        awaitHit(filing.file(TestRequests.valid(LocalDate.now().minusDays(6))).reference(), "");
        String before = admin.status().index();

        var result = admin.rebuild((done, total) -> { });

        var after = admin.status();
        assertThat(after.index()).isEqualTo(result.index()).isNotEqualTo(before);
        assertThat(result.indexed()).isEqualTo(snapshots.count());
        assertThat(result.failed()).isZero();
        assertThat(after.documents()).isEqualTo(snapshots.count());
    }

    private SearchResults.Hit awaitHit(String reference, String text) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> search.search(SearchQuery.everything()
                        .withText(text.isEmpty() ? reference : text)).hits().stream()
                        .filter(h -> h.reference().equals(reference)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }
}
