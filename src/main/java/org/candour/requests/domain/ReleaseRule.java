package org.candour.requests.domain;

import org.candour.requests.WorkflowException;

/**
 * What a release decided in the Decide step may be. Redaction comes before refusal (DPA 2018 s.45(4)(e)): when
 * footage files are stored with the request, the requester is answered with a disclosure copy, so a release must
 * name the copy a supervisor approves; it is proposed from the clip's redaction page, never recorded here without
 * one. A refusal names no copy. With no footage files stored, a release records the decision alone (footage
 * handled outside the portal); a request for which no footage is held is answered "No footage held" instead, which
 * is a separate step.
 */
public final class ReleaseRule {

    static final String NAME_THE_COPY = "Footage is stored with this request, so its release must name the "
            + "disclosure copy the requester gets. Open the clip's redaction page, render the copy and propose its "
            + "release there for a supervisor's sign-off. Redact other people rather than refuse (s.45(4)(e)).";

    private ReleaseRule() {
    }

    /** @throws WorkflowException if the decision releases footage without naming a copy when one is needed */
    public static void checkDecisionWithoutCopy(Decision decision, boolean footageStored) {
        if (decision != Decision.REFUSED && footageStored) {
            throw new WorkflowException(NAME_THE_COPY);
        }
    }
}
