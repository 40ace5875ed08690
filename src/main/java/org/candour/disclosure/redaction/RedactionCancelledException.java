package org.candour.disclosure.redaction;

/** Detection or rendering stopped because it was cancelled; nothing was written. */
public class RedactionCancelledException extends RedactionFailedException {

    public RedactionCancelledException(long framesDone) {
        super("Cancelled after " + framesDone + " frames; nothing was written");
    }
}
