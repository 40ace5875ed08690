package org.candour.requests.domain;

/** An identity document we cannot accept; the message is written for the requester. */
public class InvalidDocumentException extends IllegalArgumentException {

    public InvalidDocumentException(String message) {
        super(message);
    }
}
