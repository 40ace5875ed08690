package org.candour.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.candour.identity.Role;
import org.candour.identity.domain.StaffAccount.CodeCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** RFC 6238 codes at sign-in: which steps are accepted, replays refused, recovery codes once, guessing locks. */
class TwoFactorRulesTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    private static final Instant NOW = Instant.parse("2026-12-06T21:00:15Z");
    private static final long STEP = TotpCodes.stepAt(NOW);

    static Stream<Arguments> codes() {
        return Stream.of(
                // the code of step, what is typed around it, the last step used, accepted step (or none)
                Arguments.of("the current code", STEP, "", null, STEP),
                Arguments.of("with a space, as apps show it", STEP, " space", null, STEP),
                Arguments.of("the step before (the phone's clock is behind)", STEP - 1, "", null, STEP - 1),
                Arguments.of("the step after (the phone's clock is ahead)", STEP + 1, "", null, STEP + 1),
                Arguments.of("two steps before: too old", STEP - 2, "", null, null),
                Arguments.of("two steps after: too far ahead", STEP + 2, "", null, null),
                Arguments.of("the code already used (replay)", STEP, "", STEP, null),
                Arguments.of("an earlier code after a later one was used", STEP - 1, "", STEP, null),
                Arguments.of("the next code after the current one was used", STEP + 1, "", STEP, STEP + 1),
                Arguments.of("letters", STEP, "letters", null, null),
                Arguments.of("too short", STEP, "short", null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("codes")
    void whichCodesAreAccepted(String what, long codeOf, String typing, Long lastUsed, Long accepted) {
        String code = TotpCodes.codeAt(SECRET, codeOf);
        String typed = switch (typing) {
            case " space" -> code.substring(0, 3) + " " + code.substring(3);
            case "letters" -> "abc" + code.substring(3);
            case "short" -> code.substring(1);
            default -> code;
        };
        assertThat(TotpCodes.matchingStep(SECRET, typed, NOW, lastUsed))
                .isEqualTo(accepted == null ? OptionalLong.empty() : OptionalLong.of(accepted));
    }

    @Test
    void anAppIsEnrolledOnlyWithAGoodCodeAndItsCodeCannotBeUsedAgainAtSignIn() {
        var account = account();
        assertThat(account.enrolSecondFactor(SECRET, "000000".equals(code(STEP)) ? "111111" : "000000",
                Set.of("aaaa-bbbb"), NOW)).isFalse();
        assertThat(account.hasSecondFactor()).isFalse();

        assertThat(account.enrolSecondFactor(SECRET, code(STEP), Set.of("aaaa-bbbb", "cccc-dddd"), NOW)).isTrue();

        assertThat(account.checkSecondFactor(code(STEP), false, NOW)).isEqualTo(CodeCheck.WRONG);
        var later = NOW.plusSeconds(TotpCodes.PERIOD_SECONDS);
        assertThat(account.checkSecondFactor(code(STEP + 1), false, later))
                .isEqualTo(CodeCheck.PASSED);
    }

    @Test
    void aRecoveryCodeWorksOnceWhateverItsCaseAndDashes() {
        var account = enrolled();
        assertThat(account.recoveryCodesLeft()).isEqualTo(2);

        assertThat(account.checkSecondFactor("AAAA BBBB", true, NOW)).isEqualTo(CodeCheck.PASSED);
        assertThat(account.checkSecondFactor("aaaa-bbbb", true, NOW)).isEqualTo(CodeCheck.WRONG);
        assertThat(account.recoveryCodesLeft()).isEqualTo(1);
        assertThat(account.checkSecondFactor(code(STEP), true, NOW)).isEqualTo(CodeCheck.WRONG);
    }

    @Test
    void tenWrongCodesInARowUseUpTheTriesAndAGoodOneResetsTheCount() {
        var account = enrolled();
        for (int i = 1; i < StaffAccount.SECOND_FACTOR_TRIES; i++) {
            assertThat(account.checkSecondFactor("bad", false, NOW)).isEqualTo(CodeCheck.WRONG);
        }
        assertThat(account.checkSecondFactor("aaaa-bbbb", true, NOW)).isEqualTo(CodeCheck.PASSED);
        for (int i = 1; i < StaffAccount.SECOND_FACTOR_TRIES; i++) {
            account.checkSecondFactor("bad", false, NOW);
        }

        assertThat(account.checkSecondFactor("bad", false, NOW)).isEqualTo(CodeCheck.TRIES_USED_UP);
        assertThat(account.isLocked(NOW)).as("locked by AccountLocks, which raises the alarm").isFalse();
        assertThat(account.checkSecondFactor("bad", false, NOW)).isEqualTo(CodeCheck.WRONG);
    }

    @Test
    void aLockedAccountHasNoCodeChecked() {
        var account = enrolled();
        var until = NOW.plus(Duration.ofMinutes(15));
        account.lockUntil(NOW, until);

        assertThat(account.checkSecondFactor("cccc-dddd", true, NOW)).isEqualTo(CodeCheck.LOCKED);
        assertThat(account.recoveryCodesLeft()).isEqualTo(2);
        assertThat(account.checkSecondFactor("cccc-dddd", true, until)).isEqualTo(CodeCheck.PASSED);
    }

    @Test
    void aResetForgetsTheAppAndTheCodesAndEndsTheSessions() {
        var account = enrolled();
        long epoch = account.sessionEpoch();

        account.resetSecondFactor();

        assertThat(account.hasSecondFactor()).isFalse();
        assertThat(account.recoveryCodesLeft()).isZero();
        assertThat(account.sessionEpoch()).isEqualTo(epoch + 1);
        assertThat(account.checkSecondFactor("aaaa-bbbb", true, NOW)).isEqualTo(CodeCheck.LOCKED);
    }

    private static StaffAccount enrolled() {
        var account = account();
        assertThat(account.enrolSecondFactor(SECRET, code(STEP - 1), Set.of("aaaa-bbbb", "cccc-dddd"), NOW))
                .isTrue();
        return account;
    }

    private static StaffAccount account() {
        return StaffAccount.open("casey", "Casey Worker", Set.of(Role.CASEWORKER), "{noop}x", NOW);
    }

    private static String code(long step) {
        return TotpCodes.codeAt(SECRET, step);
    }
}
