package org.candour.requests.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.candour.shared.crypto.FieldPlace;
import org.candour.shared.crypto.Sealed;
import org.candour.shared.crypto.SealedConverter;
import org.jspecify.annotations.Nullable;

/** A scan or photo of an identity document, encrypted at rest with its file name. */
@Entity
@Table(name = IdentityDocument.TABLE)
public class IdentityDocument {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final String TABLE = "identity_document";

    @Id
    private UUID id;

    @Convert(converter = SealedConverter.class)
    @Column(name = "file_name", nullable = false)
    private Sealed fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 10)
    private DocumentType type;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    /** When a document sent after filing arrived; null for the documents sent with the request. */
    @Column(name = "received_at")
    private @Nullable Instant receivedAt;

    /** The reply it came with, if any. */
    @Column(name = "reply_id")
    private @Nullable UUID replyId;

    @Basic(fetch = FetchType.LAZY)
    @Convert(converter = SealedConverter.class)
    @Column(name = "content", nullable = false)
    private Sealed content;

    protected IdentityDocument() {
        this.id = UUID.randomUUID();
        this.fileName = Sealed.of("");
        this.type = DocumentType.PDF;
        this.content = Sealed.of(new byte[0]);
    }

    IdentityDocument(String fileName, DocumentType type, byte[] content) {
        this.id = UUID.randomUUID();
        this.fileName = Sealed.of(fileName);
        this.type = type;
        this.sizeBytes = content.length;
        this.content = Sealed.of(content);
        placeSealedValues();
    }

    /** Binds the file name and content to this row (AES-GCM associated data): when made and when loaded. */
    @PostLoad
    private void placeSealedValues() {
        fileName = fileName.at(FieldPlace.of(TABLE, "file_name", id));
        content = content.at(FieldPlace.of(TABLE, "content", id));
    }

    IdentityDocument(NewDocument document, Instant receivedAt, @Nullable UUID replyId) {
        this(document.fileName(), DocumentRules.check(document), document.content());
        this.receivedAt = receivedAt;
        this.replyId = replyId;
    }

    public UUID id() {
        return id;
    }

    public String fileName() {
        return fileName.text();
    }

    public DocumentType type() {
        return type;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public @Nullable Instant receivedAt() {
        return receivedAt;
    }

    public @Nullable UUID replyId() {
        return replyId;
    }

    public byte[] content() {
        return content.bytes();
    }
}
