package org.candour.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * An organisation that handles complaints about the police (the IOPC, a force's professional standards, a named
 * monitoring group). Oversight accounts belong to one, and see only that body's complaint links.
 */
@Entity
@Table(name = "complaint_body")
public class ComplaintBody {

    @Id
    private UUID id;

    @Column(name = "name", nullable = false, unique = true, length = 120)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ComplaintBody() {
        this.id = UUID.randomUUID();
        this.name = "";
        this.createdAt = Instant.EPOCH;
    }

    public ComplaintBody(String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.name = name.strip();
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }
}
