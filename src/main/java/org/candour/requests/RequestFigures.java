package org.candour.requests;

import java.time.LocalDate;
import java.util.List;
import org.candour.requests.internal.RequestFactReader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anonymous facts about requests for published statistics: see {@link AnsweredRequestFact}. */
@Service
public class RequestFigures {

    private final RequestFactReader reader;

    RequestFigures(RequestFactReader reader) {
        this.reader = reader;
    }

    /** Requests received from {@code from} to {@code to} (London dates, both included). */
    @Transactional(readOnly = true)
    public List<AnsweredRequestFact> receivedBetween(LocalDate from, LocalDate to) {
        return reader.receivedBetween(from, to);
    }
}
