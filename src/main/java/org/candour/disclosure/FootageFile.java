package org.candour.disclosure;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored footage file: which request and catalogue recording it belongs to, what it is, its size and SHA-256 (of
 * the plaintext, for the chain of custody), what FFmpeg found in it, and who stored it when.
 */
public record FootageFile(UUID id, String requestReference, String recordingId, FootageKind kind,
                          String originalName, long sizeBytes, String sha256, VideoFacts facts, Instant storedAt,
                          String storedBy) {
}
