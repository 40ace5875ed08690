package org.candour.footage;

import java.util.Locale;
import java.util.Optional;

/** Why the officer recorded, as the evidence system classifies it. */
public enum RecordingCategory {
    STOP_AND_SEARCH("Stop and search"),
    ARREST("Arrest"),
    OTHER("Other");

    private final String label;

    RecordingCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads "stop_and_search", "Stop and search", "stop-and-search" and the like. */
    public static Optional<RecordingCategory> parse(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (RecordingCategory category : values()) {
            if (category.name().equals(name)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
