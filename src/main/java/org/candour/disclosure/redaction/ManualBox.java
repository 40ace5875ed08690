package org.candour.disclosure.redaction;

import java.util.Objects;

/** A box the caseworker drew over a stretch of the clip: a face the detector missed, a number plate, a screen. */
public record ManualBox(Box box, TimeRange during, String label) {

    public ManualBox {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(during, "during");
        Objects.requireNonNull(label, "label");
    }
}
