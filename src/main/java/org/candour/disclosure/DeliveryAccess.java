package org.candour.disclosure;

/** The answer to a fetch of a released copy by its pass. */
public sealed interface DeliveryAccess {

    /** The bytes may be served. */
    record Granted(FootageContent content, String reference) implements DeliveryAccess {
    }

    /** The copy's 28 days are over (or it was erased): the clear "no longer available" page. */
    record Expired() implements DeliveryAccess {
    }

    /** No such pass, another session's pass, another copy's pass, or a pass that ran out: nothing is said. */
    record Refused() implements DeliveryAccess {
    }
}
