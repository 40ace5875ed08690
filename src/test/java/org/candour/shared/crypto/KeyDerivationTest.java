package org.candour.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class KeyDerivationTest {

    private static final SecretKeySpec DATA_KEY = new SecretKeySpec(new byte[32], "AES");

    @Test
    void eachLabelHasItsOwnStableKeyThatIsNotTheDataKey() {
        var derivation = new KeyDerivation(DATA_KEY);
        var footage = derivation.aesKey("candour footage files v1");

        assertThat(footage.getEncoded()).hasSize(32).isNotEqualTo(DATA_KEY.getEncoded())
                .isEqualTo(new KeyDerivation(DATA_KEY).aesKey("candour footage files v1").getEncoded())
                .isNotEqualTo(derivation.aesKey("candour something else v1").getEncoded());
        assertThat(footage.getAlgorithm()).isEqualTo("AES");
    }

    /** RFC 5869 HKDF-SHA-256, the value computed apart with Python: a changed derivation would lose every file. */
    @Test
    void theDerivationIsPinned() {
        assertThat(HexFormat.of().formatHex(new KeyDerivation(DATA_KEY).aesKey("x").getEncoded()))
                .isEqualTo(PINNED);
    }

    @Test
    void aLabelIsRequired() {
        assertThatThrownBy(() -> new KeyDerivation(DATA_KEY).aesKey(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final String PINNED = "071a033555dac88f97b24f5e42c1f35638519fdeefe04c89b4198ba12437011f";
}
