package org.candour.support;

import static org.candour.support.TestSecurity.as;

import java.time.Clock;
import java.time.Duration;
import org.candour.footage.FootageImportService;
import org.candour.identity.Role;
import org.candour.requests.CaseworkService;
import org.candour.requests.RequestFilingService;
import org.candour.shared.LondonTime;

/** A filed request with one catalogue recording of its incident attached, for footage-file tests. */
public final class TestCases {

    public record CaseWithRecording(String reference, String recordingId, String trackingSecret) {
    }

    private TestCases() {
    }

    public static CaseWithRecording withRecording(RequestFilingService filing, CaseworkService casework,
                                                  FootageImportService imports, Clock clock) {
        var incidentDay = LondonTime.today(clock).minusDays(3);
        var receipt = filing.file(TestRequests.valid(incidentDay));
        String reference = receipt.reference();
        String recording = TestFootage.recordingInLambeth(imports,
                incidentDay.atStartOfDay(LondonTime.ZONE).toInstant().plus(Duration.ofHours(14)));
        as("case-setup", Role.CASEWORKER, () -> casework.attachRecording(reference,
                casework.find(reference).orElseThrow().version(), recording));
        return new CaseWithRecording(reference, recording, receipt.trackingSecret());
    }
}
