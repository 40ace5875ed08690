package org.candour.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.candour.shared.crypto.FieldPlace;
import org.candour.shared.crypto.Sealed;
import org.candour.shared.crypto.SealedConverter;
import org.jspecify.annotations.Nullable;

/**
 * What the requester wrote to us from the tracking page: a reply, or the reasons for an internal review. Personal
 * data, so encrypted at rest, shown to staff on the request page and erased with the rest (DPA 2018 s.39).
 */
@Entity
@Table(name = RequesterReply.TABLE)
public class RequesterReply {

    public static final String TABLE = "requester_reply";

    /** What the requester sent. */
    public enum Kind {
        REPLY, DOCUMENTS, REVIEW_REASONS
    }

    @Id
    private UUID id;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @Convert(converter = SealedConverter.class)
    @Column(name = "text")
    private @Nullable Sealed text;

    protected RequesterReply() {
        this.id = UUID.randomUUID();
        this.receivedAt = Instant.EPOCH;
        this.kind = Kind.REPLY;
    }

    /** The id is the submission key of the form it came from, so a form sent twice is recognised. */
    RequesterReply(UUID id, Kind kind, @Nullable String text, Instant receivedAt) {
        this.id = id;
        this.kind = kind;
        this.text = Sealed.ofNullable(text);
        this.receivedAt = receivedAt;
        placeSealedValues();
    }

    /** Binds the text to this row (AES-GCM associated data): when made and when loaded. */
    @PostLoad
    private void placeSealedValues() {
        text = text == null ? null : text.at(FieldPlace.of(TABLE, "text", id));
    }

    public UUID id() {
        return id;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Kind kind() {
        return kind;
    }

    public @Nullable String text() {
        return text == null ? null : text.text();
    }
}
