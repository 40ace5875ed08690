package org.candour.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The requester's identity, decrypted for one audited view; never kept by pages longer than they show it. */
public record RequesterDetails(String reference, String fullName, LocalDate dateOfBirth, String address,
                               String postcode, String email, @Nullable String phone, String appearance,
                               List<Document> documents) {

    /** {@code receivedAt}: when a document sent after filing arrived; null for those sent with the request. */
    public record Document(UUID id, String fileName, String type, int sizeBytes, @Nullable Instant receivedAt) {
    }
}
