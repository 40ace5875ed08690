package org.candour.identity.internal;

import org.candour.identity.SignInThrottle;
import org.candour.identity.domain.StaffAccount;
import org.candour.identity.domain.StaffAccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts each wrong password against the client that sent it ({@link SignInThrottle}), with the account the name
 * belonged to if any. The username typed is never stored or logged: it may be a password typed in the wrong box.
 */
@Component
class SignInOutcomes {

    private final StaffAccountRepository accounts;
    private final SignInThrottle throttle;

    SignInOutcomes(StaffAccountRepository accounts, SignInThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @EventListener
    void wrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        var authentication = event.getAuthentication();
        String client = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : "unknown";
        var account = accounts.findByUsername(StaffAccount.normaliseUsername(authentication.getName()));
        throttle.recordFailure(client, account.map(StaffAccount::id).orElse(null));
    }
}
