package org.candour.disclosure.internal;

import java.util.List;
import org.candour.disclosure.redaction.FaceTrack;
import org.candour.disclosure.redaction.RedactionLog;
import org.candour.disclosure.redaction.RedactionPlan;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The tracks, plan and redaction log of a job as JSON in the database, and back. */
public final class RedactionJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final TypeReference<List<FaceTrack>> TRACKS = new TypeReference<>() {
    };

    private RedactionJson() {
    }

    public static @Nullable String write(@Nullable Object value) {
        return value == null ? null : JSON.writeValueAsString(value);
    }

    static @Nullable List<FaceTrack> tracks(@Nullable String json) {
        return json == null ? null : JSON.readValue(json, TRACKS);
    }

    static @Nullable RedactionPlan plan(@Nullable String json) {
        return json == null ? null : JSON.readValue(json, RedactionPlan.class);
    }

    static @Nullable RedactionLog log(@Nullable String json) {
        return json == null ? null : JSON.readValue(json, RedactionLog.class);
    }
}
