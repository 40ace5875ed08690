package org.candour.disclosure;

import java.util.Optional;
import java.util.UUID;
import org.candour.disclosure.internal.FootageFileRecords;
import org.candour.disclosure.internal.FootageStorage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads stored footage files by range for whoever serves them: staff preview ({@link FootageFiles}) and, later,
 * delivery to the requester. It checks nothing itself: each caller authorises the reader and audits the access
 * before handing out bytes.
 */
@Service
public class FootageReader {

    private final FootageFileRecords records;
    private final FootageStorage storage;

    FootageReader(FootageFileRecords records, FootageStorage storage) {
        this.records = records;
        this.storage = storage;
    }

    @Transactional(readOnly = true)
    public Optional<FootageContent> open(UUID fileId) {
        return records.byId(fileId).map(file -> new FootageContent(file, storage));
    }
}
