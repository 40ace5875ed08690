package org.candour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.candour.audit.AuditFilter;
import org.candour.audit.AuditLog;
import org.candour.identity.domain.StaffAccount;
import org.candour.identity.domain.TotpCodes;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

/**
 * Ten wrong sign-in codes in a row lock the account through AccountLocks, like an attack from many addresses: the
 * same audit entry, warning and metric {@code candour.identity.account.locked} raise the alarm, once.
 */
@SpringBootTest
@Import(ClockTestConfiguration.class)
class TwoFactorLockIT {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    TwoFactor twoFactor;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    MeterRegistry registry;
    @Autowired
    Clock clock;

    @Test
    void tenWrongCodesInARowLockTheAccountForFifteenMinutesAndRaiseTheAlarmOnce() {
        var caseworker = accounts.open(TestStaff.account("guessed", Role.CASEWORKER));
        assertThat(twoFactor.enrol(caseworker.username(), SECRET,
                TotpCodes.codeAt(SECRET, TotpCodes.stepAt(clock.instant())))).isPresent();
        double alarmsBefore = alarms();

        for (int i = 1; i < StaffAccount.SECOND_FACTOR_TRIES; i++) {
            assertThat(twoFactor.check(caseworker.username(), "bad", false)).isEqualTo(SecondFactorCheck.WRONG);
        }
        assertThat(accounts.find(caseworker.id()).orElseThrow().lockedUntil()).isNull();
        assertThat(twoFactor.check(caseworker.username(), "bad", false)).isEqualTo(SecondFactorCheck.LOCKED);

        assertThat(accounts.find(caseworker.id()).orElseThrow().lockedUntil())
                .isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));
        assertThat(alarms()).isEqualTo(alarmsBefore + 1);
        assertThat(twoFactor.check(caseworker.username(), "bad", false)).isEqualTo(SecondFactorCheck.LOCKED);
        assertThat(alarms()).isEqualTo(alarmsBefore + 1);
        await().untilAsserted(() -> assertThat(audit.list(new AuditFilter(caseworker.username(), ""),
                PageRequest.of(0, 20)).getContent()).filteredOn(entry -> entry.action().equals("STAFF_ACCOUNT_LOCKED"))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo("system");
                    assertThat(entry.details()).startsWith("10 wrong sign-in codes in a row; locked until");
                }));
    }

    private double alarms() {
        return registry.get("candour.identity.account.locked").counter().count();
    }
}
