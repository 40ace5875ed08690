package org.elasticsearch.io.ansi;

import java.util.function.Supplier;

/**
 * Stand-in for Elasticsearch's ANSI console loader (a tool jar that is not published). The server loads this class
 * by name from {@code lib/tools/ansi-console/}; returning {@code null} means "no console", which is right for a node
 * whose output goes to a log file.
 */
public final class AnsiConsoleLoader implements Supplier<Object> {

    @Override
    public Object get() {
        return null;
    }
}
