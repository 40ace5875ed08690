package org.candour.search.internal;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The index a rebuild is filling, if one is running. Live changes are written there too, so nothing that happens
 * during a rebuild is missing from the new index when the alias moves to it.
 */
@Component
class RebuildTarget {

    private final AtomicReference<@Nullable String> index = new AtomicReference<>();

    @Nullable String index() {
        return index.get();
    }

    void writeAlsoTo(String newIndex) {
        index.set(newIndex);
    }

    void clear() {
        index.set(null);
    }
}
