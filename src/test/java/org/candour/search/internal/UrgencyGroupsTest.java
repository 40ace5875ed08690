package org.candour.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import java.util.List;
import java.util.stream.Stream;
import org.candour.requests.RequestState;
import org.candour.requests.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A page of "most urgent first" is cut from the groups in order, by their counts. */
class UrgencyGroupsTest {

    private static final Query ANY = Query.of(q -> q.matchAll(all -> all));
    private static final UrgencyGroups GROUPS = UrgencyGroups.of(ANY, ANY, ANY, ANY);

    static Stream<Arguments> pages() {
        return Stream.of(
                // counts per group, offset, size: the slices (group, from, size)
                Arguments.of(new long[] {30, 5, 0, 100, 7}, 0, 20, List.of(new UrgencyGroups.Page(0, 0, 20))),
                Arguments.of(new long[] {30, 5, 0, 100, 7}, 20, 20, List.of(new UrgencyGroups.Page(0, 20, 10),
                        new UrgencyGroups.Page(1, 0, 5), new UrgencyGroups.Page(3, 0, 5))),
                Arguments.of(new long[] {30, 5, 0, 100, 7}, 40, 20, List.of(new UrgencyGroups.Page(3, 5, 20))),
                Arguments.of(new long[] {30, 5, 0, 100, 7}, 130, 20, List.of(new UrgencyGroups.Page(3, 95, 5),
                        new UrgencyGroups.Page(4, 0, 7))),
                Arguments.of(new long[] {30, 5, 0, 100, 7}, 142, 20, List.of()),
                Arguments.of(new long[] {0, 0, 0, 0, 0}, 0, 20, List.of()),
                Arguments.of(new long[] {0, 0, 3, 0, 0}, 2, 20, List.of(new UrgencyGroups.Page(2, 2, 1))));
    }

    @ParameterizedTest
    @MethodSource
    void pages(long[] counts, int offset, int size, List<UrgencyGroups.Page> expected) {
        assertThat(GROUPS.pages(counts, offset, size)).isEqualTo(expected);
    }

    @Test
    void theFirstGroupIsTheAtRiskCountTheMiddleOnesAreCountedAndTheLastIsTheRestOfTheTotal() {
        assertThat(GROUPS.counted()).hasSize(3);
        assertThat(GROUPS.counts(150, 30, new long[] {5, 0, 100})).containsExactly(30, 5, 0, 100, 15);
        assertThat(GROUPS.counts(0, 0, new long[] {0, 0, 0})).containsExactly(0, 0, 0, 0, 0);
    }

    @Test
    void countsThatExceedTheTotalAreRefused() {
        assertThatIllegalStateException().isThrownBy(() -> GROUPS.counts(10, 8, new long[] {1, 1, 1}))
                .withMessageContaining("exceed the 10 matches");
    }

    @Test
    void footageIsAtRiskOnlyWhileARequestIsOpenSoTheLastGroupHoldsNoneAtRisk() {
        assertThat(RequestState.open()).containsExactlyInAnyOrderElementsOf(Urgency.statesWithFootageAtRisk());
    }

    @Test
    void fiveGroupsEachSortedWithTheReferenceLast() {
        assertThat(GROUPS.filters()).hasSize(5);
        var atRisk = GROUPS.sort(new SearchRequest.Builder(), 0).build();
        var open = GROUPS.sort(new SearchRequest.Builder(), 3).build();
        assertThat(atRisk.sort()).extracting(sort -> sort.field().field())
                .containsExactly("footageDeletionDate", "dueDate", "receivedOn", "reference");
        assertThat(open.sort()).extracting(sort -> sort.field().field())
                .containsExactly("dueDate", "receivedOn", "reference");
    }
}
