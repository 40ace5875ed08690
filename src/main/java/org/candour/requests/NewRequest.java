package org.candour.requests;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.candour.requests.domain.AccessPreference;
import org.candour.requests.domain.NewDocument;
import org.jspecify.annotations.Nullable;

/**
 * Everything a member of the public tells us when filing a request. {@code submissionKey} is generated when the
 * form is opened, so submitting the same form twice files one request.
 */
public record NewRequest(UUID submissionKey, AboutYou aboutYou, List<NewDocument> documents, TheIncident incident,
                         AccessPreference accessPreference, boolean declarationAccepted) {

    public record AboutYou(String fullName, @Nullable LocalDate dateOfBirth, String address, String postcode,
                           String email, @Nullable String phone) {
    }

    public record TheIncident(@Nullable LocalDate date, @Nullable LocalTime timeFrom, @Nullable LocalTime timeTo,
                              String boroughCode, String location, String whatHappened, String howToRecogniseYou,
                              @Nullable String collarNumber, @Nullable String cadReference, boolean stopAndSearch) {
    }
}
