package org.candour.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.support.TestSecurity.as;

import java.time.LocalDate;
import java.util.UUID;
import org.candour.identity.ComplaintBodies;
import org.candour.identity.Role;
import org.candour.identity.StaffAccounts;
import org.candour.shared.LondonTime;
import org.candour.support.ClockTestConfiguration;
import org.candour.support.MutableClock;
import org.candour.support.TestComplaintBodies;
import org.candour.support.TestRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** A requester shares their request with a complaint body when filing: the body's link is then active at once. */
@SpringBootTest
@Import(ClockTestConfiguration.class)
class ComplaintConsentAtFilingIT {

    @Autowired
    RequestFilingService filing;
    @Autowired
    ComplaintCases complaints;
    @Autowired
    ComplaintBodies bodies;
    @Autowired
    StaffAccounts accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void consentGivenWhenFilingActivatesTheBodysLinkAndSharesOnlyNameAndEmail() {
        var iopc = TestComplaintBodies.body(bodies, "IOPC");
        String investigator = TestComplaintBodies.oversightIn(accounts, iopc, "filing-iopc");

        var receipt = filing.file(TestRequests.valid(LondonTime.today(clock).minusDays(3)),
                new ComplaintConsent(iopc.id(), " IOPC-2026-0077 ", true));
        as(investigator, Role.OVERSIGHT, () -> complaints.link(receipt.reference(), "IOPC-2026-0077"));

        var contact = as(investigator, Role.OVERSIGHT, () -> complaints.requesterContact(receipt.reference()));
        assertThat(contact).isEqualTo(new RequesterContact(receipt.reference(), TestRequests.NAME,
                TestRequests.EMAIL));
    }

    @Test
    void anUnknownBodyOrAMissingReferenceIsRefusedAndNothingIsFiled() {
        var iopc = TestComplaintBodies.body(bodies, "IOPC");
        long before = requests();
        LocalDate incident = LondonTime.today(clock).minusDays(3);

        assertThatThrownBy(() -> filing.file(TestRequests.valid(incident),
                new ComplaintConsent(UUID.randomUUID(), "IOPC-1", false)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys(ComplaintConsentRules.BODY));
        assertThatThrownBy(() -> filing.file(TestRequests.valid(incident), new ComplaintConsent(iopc.id(), " ", false)))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys(ComplaintConsentRules.REFERENCE));
        assertThat(requests()).isEqualTo(before);
    }

    private long requests() {
        Long count = jdbc.queryForObject("select count(*) from footage_request", Long.class);
        return count == null ? 0 : count;
    }
}
