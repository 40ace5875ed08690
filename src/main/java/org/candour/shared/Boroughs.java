package org.candour.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The 33 London areas (32 Met boroughs and the City of London), read once from the bundled CSV. */
public final class Boroughs {

    private static final List<Borough> ALL = load();

    private Boroughs() {
    }

    public static List<Borough> all() {
        return ALL;
    }

    public static List<Borough> policedByTheMet() {
        return ALL.stream().filter(Borough::isPolicedByTheMet).toList();
    }

    public static Optional<Borough> byCode(String gssCode) {
        return ALL.stream().filter(b -> b.gssCode().equals(gssCode)).findFirst();
    }

    public static Borough require(String gssCode) {
        return byCode(gssCode).orElseThrow(() -> new IllegalArgumentException("Unknown borough code " + gssCode));
    }

    private static List<Borough> load() {
        var resource = Objects.requireNonNull(Boroughs.class.getResourceAsStream("/boroughs/london-boroughs.csv"),
                "boroughs/london-boroughs.csv is missing from the classpath");
        try (var reader = new BufferedReader(new InputStreamReader(resource, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(Boroughs::parse)
                    .sorted(Comparator.comparing(Borough::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Borough parse(String line) {
        String[] f = line.split(",", -1);
        return new Borough(f[0], f[1], f[2], f[3], "yes".equals(f[4]), Integer.parseInt(f[5]), Integer.parseInt(f[6]));
    }
}
