package org.candour.statistics.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Whether a client's {@code Accept-Encoding} allows gzip (RFC 9110 s.12.5.3): named with a quality above zero, or
 * covered by {@code *} with a quality above zero when gzip is not named. {@code gzip;q=0} refuses it.
 */
final class AcceptEncoding {

    private AcceptEncoding() {
    }

    static boolean allowsGzip(@Nullable String header) {
        if (header == null) {
            return false;
        }
        Double gzip = null;
        Double any = null;
        for (String part : header.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].trim().toLowerCase(Locale.ROOT);
            double quality = quality(pieces);
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                gzip = gzip == null ? quality : Math.max(gzip, quality);
            } else if (coding.equals("*")) {
                any = quality;
            }
        }
        if (gzip != null) {
            return gzip > 0;
        }
        return any != null && any > 0;
    }

    private static double quality(String[] pieces) {
        for (int i = 1; i < pieces.length; i++) {
            String parameter = pieces[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim());
                } catch (NumberFormatException unreadable) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
