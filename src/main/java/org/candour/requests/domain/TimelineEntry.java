package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a request's history. Entries visible to the requester appear when they track the request. */
@Entity
@Table(name = "request_timeline")
public class TimelineEntry {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "text", nullable = false, length = 2000)
    private String text;

    @Column(name = "visible_to_requester", nullable = false)
    private boolean visibleToRequester;

    protected TimelineEntry() {
        this.id = UUID.randomUUID();
        this.at = Instant.EPOCH;
        this.text = "";
    }

    TimelineEntry(Instant at, String text, boolean visibleToRequester) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.text = text;
        this.visibleToRequester = visibleToRequester;
    }

    public Instant at() {
        return at;
    }

    public String text() {
        return text;
    }

    public boolean visibleToRequester() {
        return visibleToRequester;
    }
}
