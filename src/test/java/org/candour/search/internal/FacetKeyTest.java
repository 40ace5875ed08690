package org.candour.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FacetKeyTest {

    @Test
    void readsBackWhatItWrites() {
        var decided = new FacetKey("Kingston upon Thames", "REFUSED", "REFUSED", true);
        var open = new FacetKey("Lambeth", "SEARCHING", null, false);

        assertThat(decided.value()).isEqualTo("Kingston upon Thames|REFUSED|REFUSED|true");
        assertThat(open.value()).isEqualTo("Lambeth|SEARCHING||false");
        assertThat(FacetKey.parse(decided.value())).isEqualTo(decided);
        assertThat(FacetKey.parse(open.value())).isEqualTo(open);
    }

    @Test
    void refusesValuesThatWouldBreakTheKey() {
        assertThatThrownBy(() -> new FacetKey("Lambeth|Southwark", "SEARCHING", null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FacetKey.parse("Lambeth|SEARCHING"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
