package org.candour.requests.internal;

import static org.candour.requests.internal.HistoryStep.Kind.ASK_FOR_CLARIFICATION;
import static org.candour.requests.internal.HistoryStep.Kind.ASK_FOR_IDENTITY;
import static org.candour.requests.internal.HistoryStep.Kind.ASSIGN;
import static org.candour.requests.internal.HistoryStep.Kind.CLARIFICATION_RECEIVED;
import static org.candour.requests.internal.HistoryStep.Kind.CLOSE;
import static org.candour.requests.internal.HistoryStep.Kind.START_REVIEW;
import static org.candour.requests.internal.HistoryStep.Kind.START_SEARCH;
import static org.candour.requests.internal.HistoryStep.Kind.VERIFY_IDENTITY;
import static org.candour.requests.internal.HistoryStep.Kind.WITHDRAW;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.candour.footage.FootageRetention;
import org.candour.requests.NewRequest;
import org.candour.requests.domain.AccessPreference;
import org.candour.requests.domain.Decision;
import org.candour.requests.domain.NewDocument;
import org.candour.requests.domain.NoFootageReason;
import org.candour.requests.domain.RestrictionGround;
import org.candour.shared.Borough;
import org.candour.shared.Boroughs;
import org.candour.shared.LondonTime;

/**
 * The demo's history of requests from {@code from} to {@code to}, made from a seed so every machine gets the same
 * one: about {@code perMonth} requests a month with a trend, a summer peak and quieter weekends, spread over the
 * boroughs by their residents and busier in central London ({@link #weight}),
 * each with what staff did with it and when (identity checks, clarification pauses, extensions, decisions of each
 * kind with their s.45(4) grounds, withdrawals, closure). How long an answer takes is drawn from a skewed
 * distribution, so some answers are late, as in real casework.
 */
final class HistoryPlan {

    /**
     * Usual residents by borough, in thousands (ONS, Census 2021, table TS001, rounded): requests are drawn in
     * proportion to them, so large outer boroughs see more than small ones.
     */
    private static final Map<String, Integer> RESIDENTS = Map.ofEntries(Map.entry("E09000002", 219),
            Map.entry("E09000003", 389), Map.entry("E09000004", 246), Map.entry("E09000005", 339),
            Map.entry("E09000006", 330), Map.entry("E09000007", 210), Map.entry("E09000008", 391),
            Map.entry("E09000009", 367), Map.entry("E09000010", 330), Map.entry("E09000011", 289),
            Map.entry("E09000012", 259), Map.entry("E09000013", 183), Map.entry("E09000014", 264),
            Map.entry("E09000015", 261), Map.entry("E09000016", 262), Map.entry("E09000017", 306),
            Map.entry("E09000018", 288), Map.entry("E09000019", 217), Map.entry("E09000020", 143),
            Map.entry("E09000021", 168), Map.entry("E09000022", 317), Map.entry("E09000023", 300),
            Map.entry("E09000024", 215), Map.entry("E09000025", 351), Map.entry("E09000026", 311),
            Map.entry("E09000027", 195), Map.entry("E09000028", 307), Map.entry("E09000029", 209),
            Map.entry("E09000030", 310), Map.entry("E09000031", 278), Map.entry("E09000032", 328),
            Map.entry("E09000033", 205));

    /**
     * Central London is policed for far more people than live there (commuters, visitors, the night-time economy):
     * the boroughs of central and inner London get more requests than their residents alone would give.
     */
    private static final Map<String, Double> CENTRAL = Map.of("E09000033", 3.0, "E09000007", 1.6,
            "E09000020", 1.5, "E09000019", 1.4, "E09000022", 1.3, "E09000028", 1.3, "E09000012", 1.2,
            "E09000030", 1.2, "E09000013", 1.2);

    /** How much more or less likely a request is to be about a borough than the average borough: its weight. */
    static double weight(String gssCode) {
        return RESIDENTS.getOrDefault(gssCode, 0) * CENTRAL.getOrDefault(gssCode, 1.0);
    }

    private final long seed;
    private final Random random;
    private final LocalDate from;
    private final LocalDate to;
    private final int perMonth;
    private final NewDocument document;
    private final List<Borough> boroughs;
    private final double[] cumulativeWeights;
    private final Map<YearMonth, Double> monthNoise = new HashMap<>();

    HistoryPlan(long seed, LocalDate from, LocalDate to, int perMonth, NewDocument document) {
        this(seed, from, to, perMonth, document, Boroughs.policedByTheMet());
    }

    /** A history of only the boroughs named (tests: enough requests in a borough from a short history). */
    HistoryPlan(long seed, LocalDate from, LocalDate to, int perMonth, NewDocument document, List<Borough> boroughs) {
        this.boroughs = List.copyOf(boroughs);
        this.seed = seed;
        this.random = new Random(seed);
        this.from = from;
        this.to = to;
        this.perMonth = perMonth;
        this.document = document;
        this.cumulativeWeights = new double[boroughs.size()];
        double sum = 0;
        for (int i = 0; i < boroughs.size(); i++) {
            sum += weight(boroughs.get(i).gssCode());
            cumulativeWeights[i] = sum;
        }
        for (int i = 0; i < cumulativeWeights.length; i++) {
            cumulativeWeights[i] /= sum;
        }
    }

    List<PlannedRequest> requests() {
        var planned = new ArrayList<PlannedRequest>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int count = poisson(perMonth * 12 / 365.25 * monthFactor(day) * weekdayFactor(day));
            for (int i = 0; i < count; i++) {
                planned.add(request(day, planned.size()));
            }
        }
        return planned;
    }

    /** A slow rise over the span, a summer peak and some month-to-month noise. */
    private double monthFactor(LocalDate day) {
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double trend = 0.8 + 0.4 * ChronoUnit.DAYS.between(from, day) / span;
        double season = 1 + 0.15 * Math.sin(2 * Math.PI * (day.getMonthValue() - 4) / 12.0);
        double noise = monthNoise.computeIfAbsent(YearMonth.from(day), m -> 1 + 0.08 * random.nextGaussian());
        return trend * season * noise;
    }

    private static double weekdayFactor(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> 0.85;
            case SUNDAY -> 0.65;
            default -> 1.1;
        };
    }

    private PlannedRequest request(LocalDate day, int serial) {
        var filedAt = day.atTime(7 + random.nextInt(16), random.nextInt(60)).atZone(LondonTime.ZONE).toInstant();
        var borough = borough();
        var incidentOn = day.minusDays(incidentDelay());
        var key = UUID.nameUUIDFromBytes(("candour-demo-history-" + seed + "-" + serial)
                .getBytes(StandardCharsets.UTF_8));
        var form = new NewRequest(key, FakeRequesters.aboutYou(random,
                FakeRequesters.postcodeArea(borough.gssCode()), day, serial), List.of(document),
                FakeRequesters.incident(random, borough.gssCode(), borough.name(), incidentOn),
                random.nextInt(10) == 0 ? AccessPreference.VIEW : AccessPreference.COPY, true);
        boolean deletedBeforeRequest = !FootageRetention.deletionDate(incidentOn).isAfter(day);
        return new PlannedRequest(filedAt, form, casework(new HistorySteps(filedAt, random), deletedBeforeRequest));
    }

    /** Most people ask within days; some only after the footage's 31 days have passed. */
    private int incidentDelay() {
        int r = random.nextInt(100);
        return r < 40 ? random.nextInt(8) : r < 75 ? 8 + random.nextInt(23) : 31 + random.nextInt(120);
    }

    private List<HistoryStep> casework(HistorySteps steps, boolean deletedBeforeRequest) {
        var received = steps.lastDay();
        LocalDate verifiedOn;
        if (percent(20)) {
            steps.add(ASK_FOR_IDENTITY, received.plusDays(1 + random.nextInt(3)));
            if (percent(15)) {
                return steps.add(WITHDRAW, steps.lastDay().plusDays(20 + random.nextInt(25))).list();
            }
            verifiedOn = steps.lastDay().plusDays(4 + random.nextInt(16));
        } else {
            verifiedOn = received.plusDays(random.nextInt(5));
        }
        steps.addOn(VERIFY_IDENTITY, verifiedOn, verifiedOn);
        steps.add(START_SEARCH, steps.lastDay().plusDays(random.nextInt(2)));
        steps.add(ASSIGN, steps.lastDay());
        // Days from the start of the s.54 clock to the answer: median about 17, with a long tail (late answers).
        long answerDays = Math.max(3, Math.min(120, Math.round(17 * Math.exp(0.5 * random.nextGaussian()))));
        if (percent(7)) {
            int months = percent(70) ? 1 : 2;
            var notice = steps.lastDay().plusDays(random.nextInt(6));
            steps.extend(notice, months);
            answerDays = 32 + random.nextInt(28 * months);
        }
        if (percent(18)) {
            var asked = steps.lastDay().plusDays(2 + random.nextInt(7));
            steps.add(ASK_FOR_CLARIFICATION, asked);
            if (percent(12)) {
                return steps.add(WITHDRAW, steps.lastDay().plusDays(28 + random.nextInt(14))).list();
            }
            var answered = steps.lastDay().plusDays(2 + random.nextInt(19));
            steps.addOn(CLARIFICATION_RECEIVED, answered.plusDays(random.nextInt(2)), answered);
            answerDays += ChronoUnit.DAYS.between(asked, answered);
        }
        if (percent(4)) {
            return steps.add(WITHDRAW, steps.lastDay().plusDays(1 + random.nextInt(10))).list();
        }
        var answerDay = verifiedOn.plusDays(answerDays);
        if (deletedBeforeRequest ? percent(75) : percent(12)) {
            steps.noFootage(answerDay, deletedBeforeRequest ? NoFootageReason.DELETED_BEFORE_REQUEST
                    : NoFootageReason.NEVER_RECORDED);
        } else {
            steps.add(START_REVIEW, answerDay.minusDays(2 + random.nextInt(7)));
            decide(steps, answerDay);
        }
        if (percent(85)) {
            steps.add(CLOSE, steps.lastDay().plusDays(14 + random.nextInt(27)));
        }
        return steps.list();
    }

    private void decide(HistorySteps steps, LocalDate answerDay) {
        int r = random.nextInt(100);
        if (r < 50) {
            steps.decide(answerDay, Decision.DISCLOSED, null);
            return;
        }
        var ground = r < 85 ? (percent(85) ? RestrictionGround.RIGHTS_OF_OTHERS : RestrictionGround.PREJUDICE_CRIME)
                : refusalGround();
        // A restriction takes effect when a supervisor signs it off, a day or two after the caseworker proposed it.
        steps.decide(answerDay.minusDays(random.nextInt(3)), r < 85 ? Decision.PARTIALLY_DISCLOSED : Decision.REFUSED,
                ground);
        steps.signOff(answerDay);
    }

    private RestrictionGround refusalGround() {
        int r = random.nextInt(100);
        return r < 50 ? RestrictionGround.PREJUDICE_CRIME : r < 80 ? RestrictionGround.OBSTRUCT_INQUIRY
                : r < 92 ? RestrictionGround.RIGHTS_OF_OTHERS : r < 98 ? RestrictionGround.PUBLIC_SECURITY
                : RestrictionGround.NATIONAL_SECURITY;
    }

    private Borough borough() {
        double r = random.nextDouble();
        for (int i = 0; i < cumulativeWeights.length; i++) {
            if (r < cumulativeWeights[i]) {
                return boroughs.get(i);
            }
        }
        return boroughs.getLast();
    }

    private boolean percent(int chance) {
        return random.nextInt(100) < chance;
    }

    private int poisson(double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}
