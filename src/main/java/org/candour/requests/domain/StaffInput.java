package org.candour.requests.domain;

import org.candour.requests.WorkflowException;

/** What staff type into a transition: required, stripped and at most 1000 characters. */
final class StaffInput {

    private StaffInput() {
    }

    static String requireText(String text, String problem) {
        if (text == null || text.isBlank()) {
            throw new WorkflowException(problem + ".");
        }
        if (text.strip().length() > 1000) {
            throw new WorkflowException("Write 1000 characters or fewer.");
        }
        return text.strip();
    }
}
