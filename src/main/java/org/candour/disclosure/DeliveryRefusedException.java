package org.candour.disclosure;

/** A requester's delivery choice that cannot be accepted; the message is written for them. Nothing was saved. */
public class DeliveryRefusedException extends RuntimeException {

    public DeliveryRefusedException(String message) {
        super(message);
    }
}
