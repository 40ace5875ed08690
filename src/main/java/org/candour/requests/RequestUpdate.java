package org.candour.requests;

/**
 * What a {@link RequestUpdated} changed, for listeners that react to some updates only (notifications tell the
 * requester of an extension or a message, and nothing of casework they do not see).
 */
public enum RequestUpdate {
    /** Casework the requester does not see: assignment, recordings and holds, complaint links, an ICO referral. */
    CASEWORK,
    /** s.54(3A): the time limit was extended, with reasons the requester must be told. */
    EXTENDED,
    /** A caseworker wrote a message to the requester, shown on the tracking page. */
    MESSAGE_SENT
}
