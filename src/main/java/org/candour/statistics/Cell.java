package org.candour.statistics;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One published figure, or the reason it is withheld. A withheld cell carries no value at all: releases never
 * store the number behind a suppressed cell.
 */
public record Cell(@Nullable Double value, Flag flag) {

    /** Why a figure is withheld; {@link #symbol()} is what tables and CSV files show instead of the number. */
    public enum Flag {
        PUBLISHED(""),
        /** Primary suppression: a count from 1 to 9. */
        SMALL_COUNT("<10"),
        /** Secondary suppression: withheld so that a small count cannot be worked out by subtraction. */
        SECONDARY("[c]"),
        /** A rate or median whose base is under 10 or itself withheld. */
        LOW_BASE("[low]");

        private final String symbol;

        Flag(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public static Cell of(double value) {
        return new Cell(value, Flag.PUBLISHED);
    }

    public static Cell withheld(Flag flag) {
        if (flag == Flag.PUBLISHED) {
            throw new IllegalArgumentException("A withheld cell needs a reason");
        }
        return new Cell(null, flag);
    }

    public boolean isPublished() {
        return flag == Flag.PUBLISHED;
    }

    /** The figure as a table shows it: "1,234", "12.5" or the withheld symbol. */
    public String display(Measure measure) {
        if (value == null) {
            return flag.symbol();
        }
        return measure.isCount() ? String.format(Locale.UK, "%,d", Math.round(value))
                : String.format(Locale.UK, "%,.1f", value);
    }

    /** The figure as open data writes it: no thousands separators. */
    public String plain(Measure measure) {
        if (value == null) {
            return flag.symbol();
        }
        return measure.isCount() ? Long.toString(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value);
    }
}
