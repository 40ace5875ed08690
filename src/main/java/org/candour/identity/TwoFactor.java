package org.candour.identity;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.candour.identity.domain.StaffAccount;
import org.candour.identity.domain.StaffAccountRepository;
import org.candour.identity.domain.TotpCodes;
import org.candour.identity.internal.AccountLocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in for staff (ASVS 2.8, RFC 6238): every role that can see personal data (or grant access to it)
 * types a code from an authenticator app after the password. The app is enrolled at the first sign-in, with ten
 * one-time recovery codes shown once; ten wrong codes in a row lock the account and raise the alarm like an
 * attack from many addresses. {@code candour.identity.two-factor.required=false} turns it off (the local demo and
 * most tests); production keeps the default.
 */
@Service
public class TwoFactor {

    static final int RECOVERY_CODES = 10;
    private static final Duration LOCK = Duration.ofMinutes(15);

    private final StaffAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final boolean required;
    private final AccountLocks locks;

    TwoFactor(StaffAccountRepository accounts, ApplicationEventPublisher events, Clock clock,
              @Value("${candour.identity.two-factor.required:true}") boolean required, AccountLocks locks) {
        this.accounts = accounts;
        this.locks = locks;
        this.events = events;
        this.clock = clock;
        this.required = required;
    }

    /** An app to enrol: its secret, the otpauth URI and that URI as a QR code (PNG). */
    public record Enrolment(String secret, String uri, byte[] qrPng) {
    }

    /** Whether someone signed in with these authorities ({@code ROLE_...}) must also give a code. */
    public boolean isRequiredFor(Collection<String> authorities) {
        // Monitoring (metrics only) signs in by password alone.
        return required && Arrays.stream(Role.values()).filter(Role::readsPersonalData).map(Role::authority)
                .anyMatch(authorities::contains);
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(String username) {
        return account(username).map(StaffAccount::hasSecondFactor).orElse(false);
    }

    @Transactional(readOnly = true)
    public long recoveryCodesLeft(String username) {
        return account(username).map(StaffAccount::recoveryCodesLeft).orElse(0L);
    }

    /** A new secret for {@code username}'s app; nothing is stored until a code from it is given. */
    public Enrolment newEnrolment(String username) {
        String secret = new DefaultSecretGenerator(32).generate();
        var data = new QrData.Builder().label(username).secret(secret).issuer("Candour")
                .algorithm(HashingAlgorithm.SHA1).digits(TotpCodes.DIGITS).period(TotpCodes.PERIOD_SECONDS).build();
        try {
            return new Enrolment(secret, data.getUri(), new ZxingPngQrGenerator().generate(data));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    /**
     * Enrols the app if {@code code} came from it, and returns the new recovery codes to show once; empty if the
     * code is wrong (nothing changes).
     */
    @Transactional
    public Optional<List<String>> enrol(String username, String secret, String code) {
        var account = account(username).orElseThrow();
        var recovery = new LinkedHashSet<>(List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES)));
        if (!account.enrolSecondFactor(secret, code, recovery, clock.instant())) {
            return Optional.empty();
        }
        audit(account, "TWO_FACTOR_ENROLLED", "Authenticator app enrolled; " + RECOVERY_CODES
                + " recovery codes issued");
        return Optional.of(List.copyOf(recovery));
    }

    /**
     * A code from the app ({@code recovery} false) or a recovery code, typed after the password. The tenth wrong
     * code in a row locks the account for 15 minutes through {@link AccountLocks}, which raises the alarm.
     */
    @Transactional
    public SecondFactorCheck check(String username, String code, boolean recovery) {
        var account = account(username).orElseThrow();
        var now = clock.instant();
        return switch (account.checkSecondFactor(code, recovery, now)) {
            case PASSED -> {
                if (recovery) {
                    audit(account, "RECOVERY_CODE_USED", account.recoveryCodesLeft() + " recovery codes left");
                }
                yield SecondFactorCheck.PASSED;
            }
            case WRONG -> SecondFactorCheck.WRONG;
            case TRIES_USED_UP -> {
                locks.lock(account, now.plus(LOCK), StaffAccount.SECOND_FACTOR_TRIES + " wrong sign-in codes in a row");
                yield SecondFactorCheck.LOCKED;
            }
            case LOCKED -> SecondFactorCheck.LOCKED;
        };
    }

    private Optional<StaffAccount> account(String username) {
        return accounts.findByUsername(StaffAccount.normaliseUsername(username));
    }

    private void audit(StaffAccount account, String action, String details) {
        events.publishEvent(new StaffAccountAudited(account.username(), action, account.username(), clock.instant(),
                details));
    }
}
