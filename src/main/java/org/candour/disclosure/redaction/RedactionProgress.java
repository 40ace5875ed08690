package org.candour.disclosure.redaction;

/**
 * Receives progress on the working thread after each video frame, and is asked whether to stop. Keep it quick: it is
 * called for every frame.
 */
public interface RedactionProgress {

    RedactionProgress NONE = (done, total) -> { };

    /** @param total the clip's frame count as its container states it (an estimate; never below done) */
    void frames(long done, long total);

    /** Whether the work should stop now (checked after each frame); the thread being interrupted stops it too. */
    default boolean cancelled() {
        return false;
    }
}
