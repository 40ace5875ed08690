package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.support.TestSecurity.as;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.candour.identity.Role;
import org.candour.requests.domain.NewDocument;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Caseworkers open each identity document in the page: photos as sent, PDFs rendered; every opening audited. */
@SpringBootTest
@Import(ClockTestConfiguration.class)
@RecordApplicationEvents
class IdentityDocumentViewIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
    private static final byte[] PNG_SIGNATURE = Arrays.copyOf(PNG, 8);

    @Autowired
    RequestFilingService filing;
    @Autowired
    CaseworkService casework;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    private String reference;
    private List<RequesterDetails.Document> documents;

    @BeforeEach
    void fileARequestWithAPhotoAndAPdf() {
        clock.advance(Duration.ofDays(1));
        reference = filing.file(TestRequests.withDocuments(LondonTime.today(clock).minusDays(3), List.of(
                new NewDocument("licence.png", PNG), new NewDocument("bill.pdf", TestRequests.renderablePdf()))))
                .reference();
        documents = as("casey", Role.CASEWORKER, () -> casework.requesterDetails(reference)).documents();
    }

    @Test
    void aPhotoIsShownAsSentAndAPdfAsItsRenderedPagesAndEachViewIsAudited() {
        var photo = as("casey", Role.CASEWORKER, () -> casework.viewDocument(reference, documents.get(0).id()));
        var pdf = as("casey", Role.CASEWORKER, () -> casework.viewDocument(reference, documents.get(1).id()));

        assertThat(photo.pictures()).singleElement().satisfies(p -> {
            assertThat(p.content()).isEqualTo(PNG);
            assertThat(p.mediaType()).isEqualTo("image/png");
        });
        assertThat(pdf.problem()).isNull();
        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(pdf.pictures()).singleElement().satisfies(p -> {
            assertThat(Arrays.copyOf(p.content(), 8)).isEqualTo(PNG_SIGNATURE);
            assertThat(p.content().length).isGreaterThan(1000);
        });
        assertThat(events.stream(RequestAudited.class))
                .filteredOn(a -> a.action().equals("VIEWED_IDENTITY_DOCUMENT"))
                .extracting(RequestAudited::actor, RequestAudited::subject, RequestAudited::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("casey", reference,
                                "document " + documents.get(0).id() + " (PNG)"),
                        org.assertj.core.groups.Tuple.tuple("casey", reference,
                                "document " + documents.get(1).id() + " (PDF)"));
        assertThat(events.stream(RequestAudited.class)).extracting(RequestAudited::details)
                .noneMatch(details -> details.contains("licence") || details.contains("bill"));
    }

    @Test
    void aPdfThatCannotBeReadSaysSoInsteadOfFailing() {
        String stub = filing.file(TestRequests.valid(LondonTime.today(clock).minusDays(3))).reference();
        var id = as("casey", Role.CASEWORKER, () -> casework.requesterDetails(stub)).documents().getFirst().id();

        var view = as("casey", Role.CASEWORKER, () -> casework.viewDocument(stub, id));

        assertThat(view.pictures()).isEmpty();
        assertThat(view.problem()).isNotNull();
    }

    @Test
    void onlyCaseworkersMayOpenADocumentAndOnlyOneOfTheRequest() {
        var id = documents.getFirst().id();
        assertThatThrownBy(() -> as("admin", Role.ADMIN, () -> casework.viewDocument(reference, id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("iopc", Role.OVERSIGHT, () -> casework.viewDocument(reference, id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("casey", Role.CASEWORKER, () -> casework.viewDocument(reference,
                UUID.randomUUID()))).isInstanceOf(WorkflowException.class).hasMessageContaining("no such identity");
        assertThat(events.stream(RequestAudited.class))
                .noneMatch(a -> a.action().equals("VIEWED_IDENTITY_DOCUMENT"));
    }
}
