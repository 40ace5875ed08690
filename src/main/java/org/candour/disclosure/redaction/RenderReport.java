package org.candour.disclosure.redaction;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A finished render: the file written, its SHA-256 (hex, for the chain of custody), its size, the frames encoded, the
 * time it took and the redaction log to keep with the case.
 */
public record RenderReport(Path output, String sha256, long bytes, long frames, Duration took, RedactionLog log) {
}
