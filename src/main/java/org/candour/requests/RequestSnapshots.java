package org.candour.requests;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.candour.requests.internal.SnapshotReader;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to requests without personal data, for read models such as the search index. */
@Service
@Transactional(readOnly = true)
public class RequestSnapshots {

    private final SnapshotReader reader;

    RequestSnapshots(SnapshotReader reader) {
        this.reader = reader;
    }

    public Optional<RequestSnapshot> find(UUID requestId) {
        return reader.find(requestId);
    }

    /** The id of the request with this reference, for modules that know a request by its reference. */
    public Optional<UUID> idOf(String reference) {
        return reader.idOf(reference);
    }

    /** The next {@code size} snapshots in id order after {@code afterId} (null: from the start), for full rebuilds. */
    public List<RequestSnapshot> pageAfter(@Nullable UUID afterId, int size) {
        return reader.pageAfter(afterId, size);
    }

    public long count() {
        return reader.count();
    }
}
