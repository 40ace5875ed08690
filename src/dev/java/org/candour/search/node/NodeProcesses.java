package org.candour.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts a node's processes: the short-lived server-arguments writer, then the server. */
final class NodeProcesses {

    private static final int LOG_TAIL_LINES = 40;

    private NodeProcesses() {
    }

    static byte[] writeServerArgs(List<String> command, NodeWorkDir workDir) {
        try {
            Process writer = configure(new ProcessBuilder(command), workDir)
                    .redirectErrorStream(true)
                    .redirectOutput(workDir.serverArgsWriterLog().toFile())
                    .start();
            if (!writer.waitFor(2, TimeUnit.MINUTES) || writer.exitValue() != 0) {
                writer.destroyForcibly();
                throw new IllegalStateException("Cannot prepare the Elasticsearch node's arguments"
                        + LogTail.of(LOG_TAIL_LINES, workDir.serverArgsWriterLog()));
            }
            byte[] serverArgs = Files.readAllBytes(workDir.serverArgsFile());
            Files.delete(workDir.serverArgsFile());
            return serverArgs;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot prepare the Elasticsearch node's arguments", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing the Elasticsearch node's arguments", ex);
        }
    }

    static Process startServer(List<String> command, NodeWorkDir workDir) {
        try {
            return configure(new ProcessBuilder(command), workDir)
                    .redirectOutput(workDir.stdoutLog().toFile())
                    .start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot start the local Elasticsearch node: " + command, ex);
        }
    }

    /** Runs in the node's tmp folder, without JVM options meant for this JVM (IDE or coverage agents). */
    private static ProcessBuilder configure(ProcessBuilder builder, NodeWorkDir workDir) {
        Map<String, String> environment = builder.environment();
        List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "CLASSPATH").forEach(environment::remove);
        environment.put("LIBFFI_TMPDIR", workDir.tmp().toString());
        return builder.directory(workDir.tmp().toFile());
    }
}
