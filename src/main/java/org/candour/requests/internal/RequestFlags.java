package org.candour.requests.internal;

/**
 * Two facts about a request that the readers working in SQL (the queue, the snapshots for the index) select
 * beside its columns, written once. {@code requestId} is the SQL expression of the request's id.
 */
final class RequestFlags {

    private RequestFlags() {
    }

    /** {@code FootageRequest.isPreserved()}: an attached recording is under a preservation hold. */
    static String preserved(String requestId) {
        return "exists (select 1 from request_recording h where h.request_id = " + requestId + " and h.held = true)";
    }

    /**
     * {@code ComplaintLink.isActive()}: proposed by a body, consented to by the requester or approved by a
     * supervisor, and not closed. A pending or closed link does not make a request "linked".
     */
    static String linkedToComplaint(String requestId) {
        return "exists (select 1 from complaint_link c where c.request_id = " + requestId
                + " and c.linked_by is not null and (c.consented_at is not null or c.approved_at is not null)"
                + " and c.closed_at is null)";
    }
}
