package org.candour.footage;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.candour.footage.internal.RecordingStore;
import org.candour.shared.LondonTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds recordings for casework: what exists for a place and time, and how long it will still exist. */
@Service
public class FootageCatalogue {

    private final RecordingStore recordings;
    private final Clock clock;

    FootageCatalogue(RecordingStore recordings, Clock clock) {
        this.recordings = recordings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<RecordingSummary> find(RecordingSearch search) {
        return recordings.find(search, LondonTime.today(clock));
    }

    @Transactional(readOnly = true)
    public Optional<RecordingSummary> recording(String recordingId) {
        return recordings.byId(recordingId, LondonTime.today(clock));
    }
}
