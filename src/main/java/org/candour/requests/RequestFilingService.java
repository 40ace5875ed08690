package org.candour.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.ComplaintBodySummary;
import org.candour.requests.domain.FootageRequest;
import org.candour.requests.domain.FootageRequestRepository;
import org.candour.requests.domain.Incident;
import org.candour.requests.domain.RequestReference;
import org.candour.requests.domain.Requester;
import org.candour.requests.domain.StatutoryClock;
import org.candour.requests.domain.TrackingSecret;
import org.candour.requests.internal.ReferenceNumbers;
import org.candour.shared.LondonTime;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files footage requests for members of the public. Filing is all-or-nothing (request, documents, timeline and
 * the outbox entry of its event commit together) and idempotent by the form's submission key.
 */
@Service
public class RequestFilingService {

    private final FootageRequestRepository requests;
    private final ComplaintBodies bodies;
    private final ReferenceNumbers referenceNumbers;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RequestFilingService(FootageRequestRepository requests, ComplaintBodies bodies, ReferenceNumbers referenceNumbers,
                         Clock clock, PlatformTransactionManager transactionManager) {
        this.requests = requests;
        this.bodies = bodies;
        this.referenceNumbers = referenceNumbers;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    public FilingReceipt file(NewRequest request) {
        return file(request, null);
    }

    /** Files the request and, with {@code consent}, shares it with the complaint body named, in one transaction. */
    public FilingReceipt file(NewRequest request, @Nullable ComplaintConsent consent) {
        NewRequestValidator.validate(request, LondonTime.today(clock));
        var body = consent == null ? null : body(consent);
        try {
            return transaction.execute(status -> replay(request).orElseGet(() -> fileNew(request, consent, body)));
        } catch (DataIntegrityViolationException concurrentDuplicate) {
            // The same form submitted twice at the same moment: the other submission won the unique key.
            return transaction.execute(status -> replay(request).orElseThrow(() -> concurrentDuplicate));
        }
    }

    private Optional<FilingReceipt> replay(NewRequest request) {
        return requests.findBySubmissionKey(request.submissionKey()).map(existing -> receipt(existing, null));
    }

    private ComplaintBodySummary body(ComplaintConsent consent) {
        var body = bodies.find(consent.complaintBodyId()).orElseThrow(() -> new InvalidRequestException(
                Map.of(ComplaintConsentRules.BODY, "Choose the complaint body you complained to")));
        ComplaintConsentRules.reference(consent.complaintReference()).ifPresent(problem -> {
            throw new InvalidRequestException(Map.of(ComplaintConsentRules.REFERENCE, problem));
        });
        return body;
    }

    private FilingReceipt fileNew(NewRequest form, @Nullable ComplaintConsent consent,
                                  @Nullable ComplaintBodySummary body) {
        var now = clock.instant();
        var reference = RequestReference.of(now.atZone(LondonTime.ZONE).getYear(), referenceNumbers.next());
        var secret = TrackingSecret.generate();
        var request = FootageRequest.file(reference, form.submissionKey(), TrackingSecret.hash(secret), now,
                requester(form), incident(form.incident()), form.accessPreference(), form.documents());
        if (consent != null && body != null) {
            request.consentToComplaintLink(body.id(), body.name(), consent.complaintReference().strip(),
                    consent.shareIdentity(), now);
        }
        return receipt(requests.saveAndFlush(request), secret);
    }

    private FilingReceipt receipt(FootageRequest request, @Nullable String secret) {
        LocalDate today = LondonTime.today(clock);
        var ifVerifiedOnReceipt = StatutoryClock.deadline(request.receivedOn(), request.receivedOn(), List.of(),
                0, today);
        return new FilingReceipt(request.reference().value(), secret, request.receivedOn(),
                ifVerifiedOnReceipt.dueDate(), request.incident().date(), request.footageDeletionDate(),
                !today.isBefore(request.footageDeletionDate()));
    }

    private static Requester requester(NewRequest form) {
        var you = form.aboutYou();
        return new Requester(you.fullName().strip(), you.dateOfBirth(), you.address().strip(),
                you.postcode().strip().toUpperCase(Locale.ROOT), you.email().strip(), blankToNull(you.phone()),
                form.incident().howToRecogniseYou().strip());
    }

    private static Incident incident(NewRequest.TheIncident incident) {
        return new Incident(incident.date(), incident.timeFrom(), incident.timeTo(), incident.boroughCode(),
                incident.location().strip(), incident.whatHappened().strip(), blankToNull(incident.collarNumber()),
                blankToNull(incident.cadReference()), incident.stopAndSearch());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
