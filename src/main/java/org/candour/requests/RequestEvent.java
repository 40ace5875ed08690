package org.candour.requests;

import java.util.UUID;

/** Every event about a request carries its id; read models re-read what they may see through {@link RequestSnapshots}. */
public interface RequestEvent {

    UUID requestId();
}
