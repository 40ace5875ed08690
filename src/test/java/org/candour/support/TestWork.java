package org.candour.support;

import org.candour.requests.WorkChallenge;
import org.candour.requests.WorkSolution;
import org.candour.requests.domain.WorkProof;

/** Does a proof-of-work challenge's work in the test, as a browser would; and finds a nonce that does not do it. */
public final class TestWork {

    private TestWork() {
    }

    public static WorkSolution solve(WorkChallenge challenge) {
        return new WorkSolution(challenge.challenge(), nonce(challenge, true));
    }

    public static WorkSolution wrong(WorkChallenge challenge) {
        return new WorkSolution(challenge.challenge(), nonce(challenge, false));
    }

    private static String nonce(WorkChallenge challenge, boolean solving) {
        for (long nonce = 0; ; nonce++) {
            if (WorkProof.solves(challenge.challenge(), Long.toString(nonce), challenge.difficulty()) == solving) {
                return Long.toString(nonce);
            }
        }
    }
}
