package org.candour.requests;

/**
 * The local demo finished generating its history of requests (profile {@code demo}): statistics can now publish a
 * release that shows it.
 */
public record DemoHistoryGenerated(int requests, int steps, int stoppedEarly) {
}
