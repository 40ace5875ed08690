package org.candour.identity;

/** What became of an administrator's answer to a {@link WaitingGrant}. */
public enum GrantDecision {
    /** The account has the role now. */
    APPROVED,
    /** The grant is withdrawn; the account does not get the role. */
    REFUSED,
    /** Nothing changed: the one who asked for a grant cannot approve it. */
    ASKED_BY_YOU,
    /** It was not approved within 7 days and has lapsed; ask again if the role is still needed. */
    LAPSED
}
