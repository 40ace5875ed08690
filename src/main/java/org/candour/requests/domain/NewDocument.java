package org.candour.requests.domain;

/** An uploaded identity document before it is accepted: its name as the requester's computer called it. */
public record NewDocument(String fileName, byte[] content) {
}
