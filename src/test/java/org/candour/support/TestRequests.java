package org.candour.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.candour.requests.NewRequest;
import org.candour.requests.domain.AccessPreference;
import org.candour.requests.domain.NewDocument;

/** A valid request as a member of the public would file it, for tests to vary. */
public final class TestRequests {

    public static final String NAME = "Olusegun Testperson";
    public static final String EMAIL = "olusegun.testperson@example.org";
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private TestRequests() {
    }

    public static NewRequest valid(LocalDate incidentDate) {
        return withKey(UUID.randomUUID(), incidentDate);
    }

    public static NewRequest withKey(UUID submissionKey, LocalDate incidentDate) {
        return new NewRequest(submissionKey,
                new NewRequest.AboutYou(NAME, LocalDate.of(1990, 5, 17), "Flat 2, 10 Acre Lane, London", "SW2 5SG",
                        EMAIL, "020 7946 0000"),
                List.of(new NewDocument("passport.pdf", PDF)),
                new NewRequest.TheIncident(incidentDate, LocalTime.of(21, 0), LocalTime.of(21, 30), "E09000022",
                        "Brixton Road, outside the underground station",
                        "I was stopped and searched by two officers who said I matched a description.",
                        "Red hooded jacket, grey jeans, carrying a blue rucksack", "1234AB", "CAD 4821/26",
                        true),
                AccessPreference.COPY, true);
    }
}
