package org.candour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoroughsTest {

    @Test
    void thirtyThreeAreasOfWhichTheMetPolicesThirtyTwo() {
        assertThat(Boroughs.all()).hasSize(33);
        assertThat(Boroughs.policedByTheMet()).hasSize(32)
                .noneMatch(b -> b.gssCode().equals(Borough.CITY_OF_LONDON));
        assertThat(Boroughs.policedByTheMet()).allMatch(b -> !b.bcu().isBlank());
    }

    @Test
    void findsABoroughByItsGssCode() {
        assertThat(Boroughs.byCode("E09000022")).map(Borough::name).contains("Lambeth");
        assertThat(Boroughs.byCode("E09000022")).map(Borough::bcu).contains("Central South");
        assertThat(Boroughs.byCode("E09000099")).isEmpty();
    }
}
