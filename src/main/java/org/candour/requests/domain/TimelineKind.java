package org.candour.requests.domain;

/** What a timeline entry is. Internal notes are never shown to the requester. */
public enum TimelineKind {
    EVENT, MESSAGE, NOTE
}
