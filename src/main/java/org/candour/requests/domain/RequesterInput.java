package org.candour.requests.domain;

import org.candour.requests.WorkflowException;

/** What a requester types on the tracking page: required, stripped, and not longer than the limit. */
public final class RequesterInput {

    public static final int REPLY_MAX = 2000;

    private RequesterInput() {
    }

    static String reply(String text) {
        return require(text, "Write your reply");
    }

    static String reasons(String text) {
        return require(text, "Tell us why you think our decision is wrong");
    }

    private static String require(String text, String problem) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException(problem + ".");
        }
        if (text.strip().length() > REPLY_MAX) {
            throw new WorkflowException("Write " + REPLY_MAX + " characters or fewer.");
        }
        return text.strip();
    }
}
