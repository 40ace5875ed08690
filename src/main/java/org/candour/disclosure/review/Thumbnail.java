package org.candour.disclosure.review;

import java.time.Duration;

/** One picture of the timeline strip: the moment it shows, a PNG with the boxes drawn, and what it shows in words. */
public record Thumbnail(Duration at, byte[] png, String description) {
}
