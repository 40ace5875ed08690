package org.candour.footage;

/** A search named a collar number, but the key the force's export makes officer keys with is not set up here. */
public class CollarSearchUnavailableException extends RuntimeException {

    public CollarSearchUnavailableException() {
        super("Searching by collar number is not set up: ask an administrator to set the officer key shared with "
                + "the evidence system (CANDOUR_FOOTAGE_OFFICER_KEY_SECRET). Search without the collar number.");
    }
}
