package org.candour.disclosure.internal;

import org.candour.requests.StoredFootage;
import org.springframework.stereotype.Component;

/** Tells the casework whether a request has footage files stored (erased ones do not count). */
@Component
class StoredFootageOfRequests implements StoredFootage {

    private final FootageFileRecords files;

    StoredFootageOfRequests(FootageFileRecords files) {
        this.files = files;
    }

    @Override
    public boolean anyStoredFor(String reference) {
        return !files.ofRequest(reference).isEmpty();
    }
}
