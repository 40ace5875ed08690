package org.candour.requests.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A request reference such as {@code BWV-2026-000123}: the year it was filed and a running number. */
public record RequestReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("BWV-\\d{4}-\\d{6,7}");

    public RequestReference {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A reference looks like BWV-2026-000123");
        }
    }

    public static RequestReference of(int year, long number) {
        return new RequestReference("BWV-%04d-%06d".formatted(year, number));
    }

    /** Reads what a person typed: spaces around it and lower case are forgiven. */
    public static boolean looksValid(String typed) {
        return FORMAT.matcher(normalise(typed)).matches();
    }

    public static String normalise(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
