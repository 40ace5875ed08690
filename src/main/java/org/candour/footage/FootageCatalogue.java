package org.candour.footage;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.candour.footage.internal.OfficerKeys;
import org.candour.footage.internal.RecordingStore;
import org.candour.shared.LondonTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds recordings for casework: what exists for a place and time, and how long it will still exist. */
@Service
public class FootageCatalogue {

    private final RecordingStore recordings;
    private final OfficerKeys officerKeys;
    private final Clock clock;

    FootageCatalogue(RecordingStore recordings, OfficerKeys officerKeys, Clock clock) {
        this.recordings = recordings;
        this.officerKeys = officerKeys;
        this.clock = clock;
    }

    /**
     * @throws CollarSearchUnavailableException if the search names a collar number and no officer key is set up
     * @throws IllegalArgumentException         if the collar number is not one
     */
    @Transactional(readOnly = true)
    public List<RecordingSummary> find(RecordingSearch search) {
        String officerKey = null;
        if (search.collarNumber() != null) {
            officerKey = officerKeys.keyOf(search.collarNumber()).orElseThrow(CollarSearchUnavailableException::new);
        }
        return recordings.find(search, officerKey, LondonTime.today(clock));
    }

    /** Whether searches can name a collar number (the key shared with the evidence system is set up). */
    public boolean collarSearchAvailable() {
        return officerKeys.enabled();
    }

    /** Records the incident's CAD reference on a recording attached to a request, unless it has one already. */
    @Transactional
    public void recordCadReference(String recordingId, String cadReference) {
        recordings.recordCadReference(recordingId, cadReference);
    }

    /** Takes away a CAD reference recorded from a request whose personal data is erased; another stays. */
    @Transactional
    public void forgetCadReference(String recordingId, String cadReference) {
        recordings.forgetCadReference(recordingId, cadReference);
    }

    @Transactional(readOnly = true)
    public Optional<RecordingSummary> recording(String recordingId) {
        return recordings.byId(recordingId, LondonTime.today(clock));
    }
}
