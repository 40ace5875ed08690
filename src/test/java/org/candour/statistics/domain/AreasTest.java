package org.candour.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.candour.shared.Borough;
import org.candour.statistics.Level;
import org.junit.jupiter.api.Test;

/** The cells of a month's table and the sums between them, built from a small list of boroughs. */
class AreasTest {

    private static Borough borough(String code, String bcu) {
        return new Borough(code, "Borough " + code, "Met", bcu, false, 0, 0);
    }

    private final Areas areas = new Areas(List.of(borough("B1", "North"), borough("B2", "East"),
            borough("B3", "North"), borough("B4", "East"), borough("B5", "West")));

    @Test
    void boroughsComeFirstThenBcusInNameOrderThenLondon() {
        assertThat(areas.all()).extracting(Areas.Area::code)
                .containsExactly("B1", "B2", "B3", "B4", "B5", "East", "North", "West", Level.LONDON_CODE);
        assertThat(areas.size()).isEqualTo(9);
        assertThat(areas.get(6)).isEqualTo(new Areas.Area(Level.BCU, "North", "North", "North"));
    }

    @Test
    void eachBcuSumsItsOwnBoroughsAndLondonSumsTheBcus() {
        assertThat(areas.rules()).hasSize(4);
        assertThat(areas.rules()).allSatisfy(rule -> assertThat(rule.atLeast()).isFalse());
        assertThat(areas.rules().get(0).total()).isEqualTo(5);
        assertThat(areas.rules().get(0).parts()).containsExactly(1, 3);
        assertThat(areas.rules().get(1).total()).isEqualTo(6);
        assertThat(areas.rules().get(1).parts()).containsExactly(0, 2);
        assertThat(areas.rules().get(2).parts()).containsExactly(4);
        assertThat(areas.rules().get(3).total()).isEqualTo(8);
        assertThat(areas.rules().get(3).parts()).containsExactly(5, 6, 7);
    }

    @Test
    void anAreaIsFoundByLevelAndCodeAndAnUnknownCodeIsNowhere() {
        assertThat(areas.indexOf(Level.BOROUGH, "B1")).isZero();
        assertThat(areas.indexOf(Level.BOROUGH, "B5")).isEqualTo(4);
        assertThat(areas.indexOf(Level.BCU, "West")).isEqualTo(7);
        assertThat(areas.indexOf(Level.BCU, "B1")).as("a borough code at BCU level").isEqualTo(-1);
        assertThat(areas.indexOf(Level.BOROUGH, "E99999999")).isEqualTo(-1);
    }
}
