package org.candour.requests.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.candour.requests.RequestSubmitted;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A member of the public's request for body-worn video of themselves: the right of access, DPA 2018 s.45. */
@Entity
@Table(name = "footage_request")
public class FootageRequest extends AbstractAggregateRoot<FootageRequest> {

    @Id
    private UUID id;

    @Column(name = "reference", nullable = false, unique = true, length = 16)
    private String reference;

    /** The idempotency key of the filing form: a resubmitted form finds the request it already filed. */
    @Column(name = "submission_key", nullable = false, unique = true)
    private UUID submissionKey;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 32)
    private RequestState state;

    @Version
    private long version;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "identity_verified_on")
    private @Nullable LocalDate identityVerifiedOn;

    @Column(name = "extension_months", nullable = false)
    private int extensionMonths;

    @Embedded
    private Requester requester;

    @Embedded
    private Incident incident;

    @Enumerated(EnumType.STRING)
    @Column(name = "access_preference", nullable = false, length = 8)
    private AccessPreference accessPreference;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    private List<IdentityDocument> documents = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "clarification_pause", joinColumns = @JoinColumn(name = "request_id"))
    private List<ClarificationPause> pauses = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "request_id", nullable = false)
    @OrderBy("at")
    private List<TimelineEntry> timeline = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "request_stage", joinColumns = @JoinColumn(name = "request_id"))
    @OrderBy("enteredAt")
    private List<Stage> stages = new ArrayList<>();

    protected FootageRequest() {
        this.id = UUID.randomUUID();
        this.reference = this.secretHash = "";
        this.submissionKey = UUID.randomUUID();
        this.state = RequestState.SUBMITTED;
        this.submittedAt = Instant.EPOCH;
        this.receivedOn = LocalDate.EPOCH;
        this.requester = new Requester();
        this.incident = new Incident();
        this.accessPreference = AccessPreference.COPY;
    }

    private FootageRequest(RequestReference reference, UUID submissionKey, String secretHash, Instant submittedAt,
                           Requester requester, Incident incident, AccessPreference accessPreference) {
        this.id = UUID.randomUUID();
        this.reference = reference.value();
        this.submissionKey = submissionKey;
        this.secretHash = secretHash;
        this.state = RequestState.SUBMITTED;
        this.submittedAt = submittedAt;
        this.receivedOn = submittedAt.atZone(LondonTime.ZONE).toLocalDate();
        this.requester = requester;
        this.incident = incident;
        this.accessPreference = accessPreference;
    }

    /** Files a new request; the s.54 clock waits for identity verification before it starts. */
    public static FootageRequest file(RequestReference reference, UUID submissionKey, String secretHash,
                                      Instant submittedAt, Requester requester, Incident incident,
                                      AccessPreference accessPreference, List<NewDocument> documents) {
        DocumentRules.checkAll(documents);
        var request = new FootageRequest(reference, submissionKey, secretHash, submittedAt, requester, incident,
                accessPreference);
        documents.forEach(d -> request.documents.add(new IdentityDocument(d.fileName(), DocumentRules.check(d), d.content())));
        request.timeline.add(new TimelineEntry(submittedAt, "We received your request.", true));
        request.stages.add(new Stage(RequestState.SUBMITTED, submittedAt));
        request.registerEvent(new RequestSubmitted(request.id));
        return request;
    }

    public StatutoryDeadline deadline(LocalDate today) {
        return StatutoryClock.deadline(receivedOn, identityVerifiedOn,
                pauses.stream().map(ClarificationPause::toClockPause).toList(), extensionMonths, today);
    }

    /** Non-evidential footage is deleted automatically 31 days after it was recorded. */
    public LocalDate footageDeletionDate() {
        return FootageRetention.deletionDate(incident.date());
    }

    public boolean matchesSecret(String candidate) {
        return TrackingSecret.matches(secretHash, candidate);
    }

    public UUID id() {
        return id;
    }

    public RequestReference reference() {
        return new RequestReference(reference);
    }

    public UUID submissionKey() {
        return submissionKey;
    }

    public RequestState state() {
        return state;
    }

    public long version() {
        return version;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public Requester requester() {
        return requester;
    }

    public Incident incident() {
        return incident;
    }

    public AccessPreference accessPreference() {
        return accessPreference;
    }

    public List<IdentityDocument> documents() {
        return List.copyOf(documents);
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    public int extensionMonths() {
        return extensionMonths;
    }

    @Override
    public String toString() {
        return "FootageRequest[" + reference + ", " + state + "]";
    }
}
