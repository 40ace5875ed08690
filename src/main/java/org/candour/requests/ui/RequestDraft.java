package org.candour.requests.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.candour.requests.ComplaintConsent;
import org.candour.requests.FilingReceipt;
import org.candour.requests.NewRequest;
import org.candour.requests.domain.AccessPreference;
import org.candour.requests.domain.NewDocument;
import org.candour.shared.ui.ReaderSessions;
import org.candour.shared.uploads.TemporaryUpload;
import org.candour.shared.uploads.TemporaryUploads;
import org.jspecify.annotations.Nullable;

/**
 * The answers of the filing form while the requester moves between its pages. It lives in the browser session
 * only: nothing is stored until the request is submitted. The submission key makes a repeated submit harmless.
 * Identity documents are held in encrypted temporary files ({@link TemporaryUploads}), never as bytes here; their
 * files are deleted once filed, when removed, or when the session ends.
 */
@SpringComponent
@VaadinSessionScope
class RequestDraft {

    private final TemporaryUploads uploads;
    UUID submissionKey = UUID.randomUUID();
    private final Set<FilingStep> answered = EnumSet.noneOf(FilingStep.class);
    private @Nullable FilingReceipt receipt;

    String fullName = "";
    @Nullable LocalDate dateOfBirth;
    String address = "";
    String postcode = "";
    String email = "";
    String phone = "";
    private final List<TemporaryUpload> documents = new ArrayList<>();
    @Nullable LocalDate incidentDate;
    @Nullable LocalTime timeFrom;
    @Nullable LocalTime timeTo;
    String boroughCode = "";
    String location = "";
    String whatHappened = "";
    String howToRecogniseYou = "";
    String collarNumber = "";
    String cadReference = "";
    @Nullable Boolean stopAndSearch;
    @Nullable AccessPreference accessPreference;
    /** Shared with a complaint body when filing, or null (the question is optional). */
    @Nullable ComplaintConsent complaintConsent;
    boolean declarationAccepted;

    RequestDraft(TemporaryUploads uploads) {
        this.uploads = uploads;
    }

    List<TemporaryUpload> documents() {
        return List.copyOf(documents);
    }

    void addDocument(TemporaryUpload document) {
        documents.add(document);
    }

    /** Removes a document and deletes its file. */
    void removeDocument(TemporaryUpload document) {
        documents.remove(document);
        uploads.discard(document);
    }

    /** The session has ended with the form unfinished: its documents' files go with it. */
    @PreDestroy
    void abandoned() {
        discardDocuments();
    }

    private void discardDocuments() {
        documents.forEach(uploads::discard);
        documents.clear();
    }

    void answered(FilingStep step) {
        answered.add(step);
        var session = VaadinSession.getCurrent();
        if (session != null) {
            ReaderSessions.keepOpen(session); // closing the tab (or a reload) must not lose the answers
        }
    }

    /** The first page whose answers are missing, or null when every page before {@code step} is answered. */
    @Nullable FilingStep firstUnansweredBefore(FilingStep step) {
        for (FilingStep earlier : FilingStep.values()) {
            if (earlier == step) {
                return null;
            }
            if (!answered.contains(earlier)) {
                return earlier;
            }
        }
        return null;
    }

    boolean reachedCheckAnswers() {
        return answered.contains(FilingStep.WHAT_YOU_WANT);
    }

    /** Once filed, the answers (personal data, documents) leave the session; only the receipt stays. */
    void filed(FilingReceipt receipt) {
        clear();
        this.receipt = receipt;
    }

    /** The secret is shown once: a reload or a return to the confirmation page no longer has it. */
    void secretShown() {
        if (receipt != null) {
            receipt = receipt.withoutSecret();
        }
    }

    @Nullable FilingReceipt receipt() {
        return receipt;
    }

    /** After a filed request, the next "Start now" begins a fresh form with a new submission key. */
    void startAgainIfFiled() {
        if (receipt != null) {
            clear();
        }
    }

    private void clear() {
        submissionKey = UUID.randomUUID();
        answered.clear();
        receipt = null;
        fullName = address = postcode = email = phone = "";
        dateOfBirth = incidentDate = null;
        timeFrom = timeTo = null;
        discardDocuments();
        boroughCode = location = whatHappened = howToRecogniseYou = collarNumber = cadReference = "";
        stopAndSearch = null;
        accessPreference = null;
        complaintConsent = null;
        declarationAccepted = false;
    }

    /** The answers to file; the documents are read from their temporary files for as long as the filing takes. */
    NewRequest toNewRequest() {
        return new NewRequest(submissionKey,
                new NewRequest.AboutYou(fullName, dateOfBirth, address, postcode, email, phone),
                documents.stream().map(d -> new NewDocument(d.fileName(), uploads.read(d))).toList(),
                new NewRequest.TheIncident(incidentDate, timeFrom, timeTo, boroughCode, location, whatHappened,
                        howToRecogniseYou, collarNumber, cadReference, Boolean.TRUE.equals(stopAndSearch)),
                accessPreference == null ? AccessPreference.COPY : accessPreference, declarationAccepted);
    }
}
