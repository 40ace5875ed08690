package org.candour.requests;

/**
 * Whether footage files (clips exported from the evidence system) are stored with a request. Provided by the module
 * that stores them, so that a decision can follow the release rule without this module reading their store.
 */
public interface StoredFootage {

    boolean anyStoredFor(String reference);
}
