package org.candour.requests.domain;

/**
 * How far a client (an address, an IPv6 client by its /64) may go with a public form in one window: freely for its
 * first attempts, then only after solving a proof-of-work challenge as it nears its limit, then not at all. Many
 * people share one address (advice centres, libraries, mobile networks), so nearing the limit slows a client down
 * instead of shutting out everyone behind it.
 *
 * @param challengeFrom attempts already counted from which a challenge is needed (at or above {@code max}: never)
 * @param max           attempts already counted at which the client is refused until the window moves on
 */
public record ClientAllowance(int challengeFrom, int max) {

    public enum Answer { FREE, CHALLENGE, REFUSED }

    public ClientAllowance {
        if (max < 1 || challengeFrom < 0) {
            throw new IllegalArgumentException("An allowance needs a limit of at least one and a challenge point");
        }
    }

    public Answer answer(int counted) {
        if (counted >= max) {
            return Answer.REFUSED;
        }
        return counted >= challengeFrom ? Answer.CHALLENGE : Answer.FREE;
    }
}
