package org.candour.requests.internal;

import java.util.List;
import java.util.function.Supplier;
import org.candour.identity.Role;
import org.candour.requests.CaseDetails;
import org.candour.requests.CaseQueue;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.shared.ReplayClock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Moves one planned demo request through the real services, each step at its own time on the {@link ReplayClock}
 * and as the member of staff who would take it (the demo's caseworker, or its supervisor for assigning and signing
 * off), so the workflow's own rules, clocks and events apply. Steps later than now are left for the future: the
 * request stays where it is today.
 */
final class HistoryReplay {

    /** How far one request got: the steps taken of the steps planned. */
    record Outcome(String reference, int stepsTaken) {
    }

    private final RequestFilingService filing;
    private final CaseworkService casework;
    private final CaseQueue queue;
    private final ReplayClock clock;
    private final String caseworker;
    private final String supervisor;

    HistoryReplay(RequestFilingService filing, CaseworkService casework, CaseQueue queue, ReplayClock clock,
                  String caseworker, String supervisor) {
        this.filing = filing;
        this.casework = casework;
        this.queue = queue;
        this.clock = clock;
        this.caseworker = caseworker;
        this.supervisor = supervisor;
    }

    Outcome replay(PlannedRequest planned) {
        var now = clock.realInstant();
        String reference = clock.at(planned.filedAt(), () -> filing.file(planned.form())).reference();
        long version = -1;
        int taken = 0;
        for (HistoryStep step : planned.steps()) {
            if (step.at().isAfter(now)) {
                break;
            }
            if (version < 0) {
                version = as(caseworker, Role.CASEWORKER, () -> casework.find(reference).orElseThrow().version());
            }
            long read = version;
            version = clock.at(step.at(), () -> step.kind().bySupervisor()
                    ? as(supervisor, Role.SUPERVISOR, () -> take(step, reference, read))
                    : as(caseworker, Role.CASEWORKER, () -> take(step, reference, read)));
            taken++;
        }
        return new Outcome(reference, taken);
    }

    private long take(HistoryStep step, String reference, long version) {
        @Nullable CaseDetails details = switch (step.kind()) {
            case ASK_FOR_IDENTITY -> casework.requestIdentityDocuments(reference, version,
                    "Please send a photo of a document that shows your current address, such as a utility bill.");
            case VERIFY_IDENTITY -> casework.verifyIdentity(reference, version, step.on());
            case START_SEARCH -> casework.startSearch(reference, version);
            case ASSIGN -> {
                queue.assign(reference, version, caseworker);
                yield null; // one change: the next version
            }
            case ASK_FOR_CLARIFICATION -> casework.askForClarification(reference, version,
                    "Which direction were you walking in, and was anyone with you?");
            case CLARIFICATION_RECEIVED -> casework.clarificationReceived(reference, version, step.on());
            case EXTEND -> casework.extend(reference, version, step.months(), "We need to review footage from "
                    + "several officers' cameras.", step.on());
            case START_REVIEW -> casework.startReview(reference, version);
            case DECIDE -> casework.decide(reference, version, step.decision(), step.ground());
            case SIGN_OFF -> casework.signOff(reference, version);
            case NO_FOOTAGE_HELD -> casework.noFootageHeld(reference, version, step.noFootage());
            case WITHDRAW -> casework.withdraw(reference, version);
            case CLOSE -> casework.close(reference, version);
        };
        return details == null ? version + 1 : details.version();
    }

    private static <T> T as(String username, Role role, Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        var outer = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(outer);
        }
    }
}
