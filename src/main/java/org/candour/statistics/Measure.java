package org.candour.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a release publishes for each area and month. Counts are disclosure-controlled cell by cell; hours follow the
 * suppression of recordings; rates and medians are published only over a base of at least ten.
 */
public enum Measure {
    CAMERAS_DEPLOYED("cameras_deployed", "Cameras deployed", Kind.COUNT, "cameras that made at least one recording"),
    RECORDINGS("recordings", "Recordings", Kind.COUNT, "recordings started in the month"),
    HOURS_RECORDED("hours_recorded", "Hours recorded", Kind.HOURS, "hours of video recorded"),
    EVIDENTIAL_SHARE("evidential_share", "Marked evidential (%)", Kind.RATE,
            "share of recordings marked evidential, so kept beyond 31 days"),
    DELETED_AT_31_DAYS("deleted_at_31_days", "Deleted at 31 days", Kind.COUNT,
            "recordings deleted under the 31-day rule"),
    STOP_AND_SEARCH_RECORDINGS("stop_and_search_recordings", "Stop and search recordings", Kind.COUNT,
            "recordings of stops and searches"),
    REQUESTS_RECEIVED("requests_received", "Requests received", Kind.COUNT, "footage requests received"),
    DISCLOSED("disclosed", "Footage released", Kind.COUNT, "requests answered by releasing the footage"),
    PARTLY_DISCLOSED("partly_disclosed", "Footage partly released", Kind.COUNT,
            "requests answered by releasing part of the footage"),
    REFUSED_45_4_A("refused_s45_4_a", "Refused: s.45(4)(a) inquiry", Kind.COUNT,
            "refused to avoid obstructing an inquiry or investigation"),
    REFUSED_45_4_B("refused_s45_4_b", "Refused: s.45(4)(b) crime", Kind.COUNT,
            "refused to avoid prejudicing the prevention or detection of crime"),
    REFUSED_45_4_C("refused_s45_4_c", "Refused: s.45(4)(c) public security", Kind.COUNT,
            "refused to protect public security"),
    REFUSED_45_4_D("refused_s45_4_d", "Refused: s.45(4)(d) national security", Kind.COUNT,
            "refused to protect national security"),
    REFUSED_45_4_E("refused_s45_4_e", "Refused: s.45(4)(e) rights of others", Kind.COUNT,
            "refused to protect the rights and freedoms of others"),
    NO_FOOTAGE_HELD("no_footage_held", "No footage held", Kind.COUNT, "requests answered: no footage held"),
    MEDIAN_DAYS_TO_ANSWER("median_days_to_answer", "Median days to answer", Kind.MEDIAN,
            "median calendar days from receipt to answer, over answered requests"),
    ANSWERED_IN_TIME_SHARE("answered_in_time_share", "Answered in time (%)", Kind.RATE,
            "share of answered requests answered by the statutory due date (s.54)"),
    DELETED_BEFORE_PRESERVED("deleted_before_preserved", "Footage deleted before it could be preserved",
            Kind.COUNT, "requests whose footage was deleted under the 31-day rule before the request arrived"),
    /*
     * The league table's measures: over the 12 months to the month (the month and the 11 before it), because one
     * borough's month is mostly fewer than 10 answers, which disclosure control withholds, so a monthly league would
     * rank almost nobody. A statistics decision: twelve months smooth the seasons out and give every borough a base of
     * 10 or more; the same base-of-10 and small-share rules apply as to the monthly figures.
     */
    MEDIAN_DAYS_TO_ANSWER_12_MONTHS("median_days_to_answer_12m", "Median days to answer, 12 months", Kind.MEDIAN,
            "median calendar days from receipt to answer, over answered requests received in the 12 months to the "
                    + "month", true),
    ANSWERED_IN_TIME_SHARE_12_MONTHS("answered_in_time_share_12m", "Answered in time, 12 months (%)", Kind.RATE,
            "share of answered requests received in the 12 months to the month that were answered by the due date "
                    + "(s.54)", true);

    /**
     * The measures of one month alone: the open-data files, the map and the charts. The 12-month measures are kept in
     * a release for the league table only, so the files of releases published before them keep their bytes.
     */
    public static final List<Measure> MONTHLY = Arrays.stream(values()).filter(m -> !m.twelveMonths).toList();

    /** How a measure is published and protected. */
    public enum Kind { COUNT, HOURS, RATE, MEDIAN }

    private final String key;
    private final String label;
    private final Kind kind;
    private final String description;
    private final boolean twelveMonths;

    Measure(String key, String label, Kind kind, String description) {
        this(key, label, kind, description, false);
    }

    Measure(String key, String label, Kind kind, String description, boolean twelveMonths) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.description = description;
        this.twelveMonths = twelveMonths;
    }

    /** Worked out over the 12 months to the month, not the month alone. */
    public boolean isTwelveMonths() {
        return twelveMonths;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public boolean isCount() {
        return kind == Kind.COUNT;
    }

    public static Optional<Measure> byKey(String key) {
        return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
    }
}
