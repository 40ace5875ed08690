package org.candour.requests.internal;

/**
 * {@code ComplaintLink.isActive()} in SQL, for the readers that flag a request as linked to a complaint: proposed
 * by a body, consented to by the requester or approved by a supervisor, and not closed. A pending or closed link
 * does not make a request "linked".
 */
final class ActiveComplaintLinks {

    private ActiveComplaintLinks() {
    }

    /** Whether the request whose id is {@code requestId} (an SQL expression) has an active link. */
    static String exist(String requestId) {
        return "exists (select 1 from complaint_link c where c.request_id = " + requestId
                + " and c.linked_by is not null and (c.consented_at is not null or c.approved_at is not null)"
                + " and c.closed_at is null)";
    }
}
