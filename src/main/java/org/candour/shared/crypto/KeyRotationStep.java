package org.candour.shared.crypto;

/**
 * One kind of data a key rotation re-encrypts under the current key (sealed columns, footage files). Steps work in
 * batches, each committed on its own, and leave alone what is already under the current key: a rotation stopped
 * midway leaves everything readable, and running it again finishes it.
 */
public interface KeyRotationStep {

    /** What the step re-encrypts, for the report, e.g. "footage files". */
    String what();

    /** How many values are still under another key (or written before key ids). */
    long pending();

    /** Re-encrypts everything not under the current key, {@code batchSize} at a time; returns how many it did. */
    long rotate(int batchSize);
}
