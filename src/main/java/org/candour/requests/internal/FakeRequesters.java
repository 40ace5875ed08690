package org.candour.requests.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.candour.requests.NewRequest;

/**
 * Made-up but plausible requesters and incidents for the demo history: names as varied as London's, addresses on
 * invented streets, email addresses under the reserved domain .invalid (RFC 6761: never delivered, so no mail is
 * written for them) and telephone numbers from Ofcom's range for drama, so that no real person is ever named or
 * contacted.
 */
final class FakeRequesters {

    private static final List<String> FIRST = List.of("Amara", "Oliver", "Priya", "Kwame", "Sophie", "Mohammed",
            "Grace", "Tomasz", "Aisha", "Daniel", "Chloe", "Ravi", "Fatima", "Liam", "Zainab", "George", "Mei",
            "Jamal", "Hannah", "Adebayo", "Ewa", "Ciaran", "Yusuf", "Lucy", "Deshawn", "Ana", "Hamza", "Isla",
            "Kofi", "Sara", "Nikhil", "Bethany", "Omar", "Leah", "Emre", "Rosa", "Tunde", "Ellie", "Marek", "Nia");
    private static final List<String> LAST = List.of("Okafor", "Smith", "Patel", "Mensah", "Williams", "Khan",
            "Brown", "Kowalski", "Ahmed", "Jones", "Taylor", "Sharma", "Hussain", "Murphy", "Begum", "Evans", "Chen",
            "Campbell", "Wilson", "Adeyemi", "Nowak", "O'Brien", "Yilmaz", "Roberts", "Johnson", "Silva", "Ali",
            "Walker", "Boateng", "Ibrahim", "Gupta", "Hughes", "Farah", "Green", "Demir", "Costa", "Bello", "Clarke");
    private static final List<String> STREETS = List.of("Acacia Avenue", "Beacon Road", "Cedar Close",
            "Dockside Street", "Elm Grove", "Foundry Lane", "Garnet Walk", "Harbour Place", "Ivy Terrace",
            "Juniper Way", "Kestrel Gardens", "Linden Crescent", "Marigold Row", "Newfield Road", "Orchard Mews");
    private static final List<String> CLOTHES = List.of("a black puffer jacket", "a red hoodie",
            "a grey suit and glasses", "a green parka", "a blue tracksuit", "a yellow high-visibility vest",
            "a long beige coat", "a white T-shirt and a cap", "a school uniform", "a denim jacket");
    private static final List<String> PLACES = List.of("outside the station", "on the high street",
            "at the bus stop by the market", "in the park near the playground", "outside the shopping centre",
            "on the estate by the community centre", "near the football ground", "at the junction by the petrol station",
            "outside a late-night shop", "on the platform of the Overground station");
    private static final List<String> STOP_AND_SEARCH = List.of(
            "Two officers stopped me and searched my bag. They said I matched a description.",
            "I was stopped and searched on my way home. Nothing was found.",
            "Officers searched me and my friend after a car was reported stolen nearby.",
            "I was searched for drugs. I want to see how the search was explained to me.");
    private static final List<String> OTHER = List.of(
            "I reported a burglary and the officer recorded my account on camera.",
            "Officers spoke to me after a fight outside a pub. I was a witness.",
            "I was arrested and later released without charge. The arrest was filmed.",
            "Officers came to my home after a neighbour called them.",
            "I was involved in a road traffic collision and officers attended.",
            "I was given a fixed penalty notice and want to see what was said.");

    /** The letters a postcode's inward code may use. */
    private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";
    /** A postcode area for each Met borough, E09000002 to E09000033 in order. */
    private static final String[] AREAS = ("RM N DA NW BR NW CR W EN SE E W N HA RM UB TW N W KT SW SE SW E IG TW SE "
            + "SM E E SW W").split(" ");

    private FakeRequesters() {
    }

    static String postcodeArea(String boroughCode) {
        int index = Integer.parseInt(boroughCode.substring(boroughCode.length() - 2)) - 2;
        return index >= 0 && index < AREAS.length ? AREAS[index] : "SW";
    }

    static NewRequest.AboutYou aboutYou(Random random, String postcodeArea, LocalDate receivedOn, int serial) {
        String first = pick(random, FIRST);
        String last = pick(random, LAST);
        var born = receivedOn.minusYears(17 + random.nextInt(55)).minusDays(random.nextInt(365));
        String address = (1 + random.nextInt(180)) + " " + pick(random, STREETS) + ", London";
        String postcode = postcodeArea + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9))
                + INWARD.charAt(random.nextInt(INWARD.length())) + INWARD.charAt(random.nextInt(INWARD.length()));
        String email = (first + "." + last).toLowerCase(Locale.ROOT).replace("'", "") + serial + "@demo-history.invalid";
        String phone = random.nextInt(3) == 0 ? null : "07700 900" + String.format("%03d", random.nextInt(1000));
        return new NewRequest.AboutYou(first + " " + last, born, address, postcode, email, phone);
    }

    static NewRequest.TheIncident incident(Random random, String boroughCode, String boroughName, LocalDate date) {
        boolean stopAndSearch = random.nextInt(100) < 45;
        var from = LocalTime.of(random.nextInt(23), random.nextInt(4) * 15);
        var to = from.plusMinutes(15 + random.nextInt(4) * 15L);
        if (!to.isAfter(from)) {
            to = LocalTime.of(23, 59);
        }
        String what = pick(random, stopAndSearch ? STOP_AND_SEARCH : OTHER);
        return new NewRequest.TheIncident(date, from, to, boroughCode, boroughName + ", " + pick(random, PLACES),
                what, "I was wearing " + pick(random, CLOTHES) + ".", null, null, stopAndSearch);
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
