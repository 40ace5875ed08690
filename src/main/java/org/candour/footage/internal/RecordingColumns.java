package org.candour.footage.internal;

import java.util.List;

/** The fields of a recording in an import, by their CSV header names (also the JSON lines property names). */
public final class RecordingColumns {

    public static final String RECORDING_ID = "recording_id";
    public static final String CAMERA_ID = "camera_id";
    public static final String BOROUGH_CODE = "borough_code";
    public static final String START = "start";
    public static final String END = "end";
    public static final String CATEGORY = "category";
    public static final String EVIDENTIAL = "evidential";
    public static final String OFFICER_KEY = "officer_key";

    /** Every field is required; a source delivers its values in this order. */
    public static final List<String> ALL = List.of(RECORDING_ID, CAMERA_ID, BOROUGH_CODE, START, END, CATEGORY,
            EVIDENTIAL, OFFICER_KEY);

    public static final String HEADER = String.join(",", ALL);

    private RecordingColumns() {
    }
}
