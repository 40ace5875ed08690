package org.candour.search.node;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The last lines of a node's log files, for error messages. */
final class LogTail {

    private LogTail() {
    }

    static String of(int lineCount, Path... files) {
        StringBuilder tail = new StringBuilder();
        for (Path file : files) {
            tail.append("\n--- last lines of ").append(file).append(" ---\n");
            tail.append(lastLines(file, lineCount));
        }
        return tail.toString();
    }

    private static String lastLines(Path file, int lineCount) {
        if (!Files.exists(file)) {
            return "(missing)\n";
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - lineCount), lines.size())) + "\n";
        }
        catch (IOException ex) {
            return "(unreadable: " + ex.getMessage() + ")\n";
        }
    }
}
