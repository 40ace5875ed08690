package org.candour.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.requests.domain.RequestFixture.CASEWORKER;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.candour.requests.ClockStatus;
import org.candour.requests.RequestState;
import org.candour.shared.LondonTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * s.54(3C): the requester's reply from the tracking page ends the pause on the London day it arrives (that day is
 * the last one not counted); the caseworker then confirms it, or asks a new question, which pauses the clock again
 * from the day it is asked. Dates are London dates; the due date moves to a working day.
 */
class RequesterReplyClockTest {

    @ParameterizedTest(name = "[{index}] {10}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # received | asked      | reply at (UTC)       | then             | answered again | today      | state                  | clock   | paused | due        | case
            2026-06-01 | 2026-06-10 | 2026-06-12T11:00:00Z | -                | -              | 2026-06-20 | SEARCHING              | RUNNING | 3      | 2026-07-06 | reply on the third day: 10-12 June not counted, 4 July is a Saturday
            2026-06-01 | 2026-06-10 | 2026-06-11T23:30:00Z | -                | -              | 2026-06-20 | SEARCHING              | RUNNING | 3      | 2026-07-06 | 23:30 UTC on 11 June is 12 June in London (BST)
            2026-06-01 | 2026-06-10 | 2026-06-11T22:59:00Z | -                | -              | 2026-06-20 | SEARCHING              | RUNNING | 2      | 2026-07-03 | 22:59 UTC is still 11 June in London
            2026-06-01 | 2026-06-10 | 2026-06-10T15:00:00Z | -                | -              | 2026-06-20 | SEARCHING              | RUNNING | 1      | 2026-07-02 | answered the day it was asked: one day
            2026-06-01 | 2026-06-10 | 2026-06-12T11:00:00Z | confirm 2026-06-15 | -            | 2026-06-20 | SEARCHING              | RUNNING | 3      | 2026-07-06 | confirmed: the clock keeps running from 13 June
            2026-06-01 | 2026-06-10 | 2026-06-12T11:00:00Z | reask 2026-06-12 | -              | 2026-06-15 | AWAITING_CLARIFICATION | PAUSED  | 6      | 2026-07-07 | asked again the day of the reply: 12 June counts once
            2026-06-01 | 2026-06-10 | 2026-06-12T11:00:00Z | reask 2026-06-17 | -              | 2026-06-20 | AWAITING_CLARIFICATION | PAUSED  | 7      | 2026-07-08 | asked again later: 13-16 June count, the pause restarts on 17 June
            2026-06-01 | 2026-06-10 | 2026-06-12T11:00:00Z | reask 2026-06-17 | 2026-06-19     | 2026-06-25 | SEARCHING              | RUNNING | 6      | 2026-07-07 | the second answer ends the second pause
            2026-03-02 | 2026-03-05 | 2026-03-07T10:00:00Z | -                | -              | 2026-03-20 | SEARCHING              | RUNNING | 3      | 2026-04-07 | reply on a Saturday: due 5 April is a Sunday, 6 April Easter Monday
            2026-10-01 | 2026-10-20 | 2026-10-25T23:30:00Z | -                | -              | 2026-11-02 | SEARCHING              | RUNNING | 6      | 2026-11-09 | 23:30 UTC after the clocks go back is still 25 October in London
            """)
    void aReplyResumesTheClockOnTheDayItArrives(LocalDate received, LocalDate asked, Instant replyAt, String then,
            LocalDate answeredAgain, LocalDate today, RequestState state, ClockStatus clock, int paused,
            LocalDate due, String description) {
        var request = RequestFixture.file(List.of(new NewDocument("id.pdf",
                "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))), noon(received));
        request.verifyIdentity(CASEWORKER, received, noon(received));
        request.startSearch(CASEWORKER, noon(received));
        request.askForClarification(CASEWORKER, "Which exit of the station?", noon(asked));

        request.receiveReply(UUID.randomUUID(), "The north exit, by the bus stop.", List.of(), replyAt);
        assertThat(request.pendingAnswer().receivedOn()).as(description)
                .isEqualTo(replyAt.atZone(LondonTime.ZONE).toLocalDate());
        if (then != null) {
            var action = then.split(" ");
            if (action[0].equals("confirm")) {
                request.confirmAnswer(CASEWORKER, noon(LocalDate.parse(action[1])));
            } else {
                request.askForClarification(CASEWORKER, "Which bus stop?", noon(LocalDate.parse(action[1])));
            }
            assertThat(request.pendingAnswer().waits()).as(description).isFalse();
        }
        if (answeredAgain != null) {
            request.receiveReply(UUID.randomUUID(), "The 35 to Clapham.", List.of(), noon(answeredAgain));
        }

        var deadline = request.deadline(today);
        assertThat(request.state()).as(description).isEqualTo(state);
        assertThat(deadline.status()).as(description).isEqualTo(clock);
        assertThat(deadline.pausedDays()).as(description).isEqualTo(paused);
        assertThat(deadline.dueDate()).as(description).isEqualTo(due);
    }

    private static Instant noon(LocalDate date) {
        return date.atTime(12, 0).atZone(LondonTime.ZONE).toInstant();
    }
}
