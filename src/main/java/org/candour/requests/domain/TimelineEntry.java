package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private TimelineKind kind;

    @Column(name = "author", length = 64)
    private @Nullable String author;

    protected TimelineEntry() {
        this.kind = TimelineKind.EVENT;
        this.id = UUID.randomUUID();
        this.at = Instant.EPOCH;
        this.text = "";
    }

    TimelineEntry(Instant at, String text, boolean visibleToRequester) {
        this(at, text, visibleToRequester, TimelineKind.EVENT, null);
    }

    TimelineEntry(Instant at, String text, boolean visibleToRequester, TimelineKind kind, @Nullable String author) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.text = text;
        this.visibleToRequester = visibleToRequester;
        this.kind = kind;
        this.author = author;
    }

    public Instant at() {
        return at;
    }

    public String text() {
        return text;
    }

    public TimelineKind kind() {
        return kind;
    }

    public @Nullable String author() {
        return author;
    }

    public boolean visibleToRequester() {
        return visibleToRequester;
    }
}
