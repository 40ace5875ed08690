package org.candour.shared.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heap use stays flat whatever the upload's size: a 10 MB upload is stored and read back by a JVM whose whole heap
 * is 10 MB, where one array holding the file cannot exist (the control shows that reading it into memory fails).
 */
class FlatHeapUploadTest {

    @TempDir
    Path directory;

    @Test
    void aTenMegabyteUploadIsStoredAndReadInATenMegabyteHeap() throws Exception {
        var run = runWithSmallHeap("streamed");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("stored " + SmallHeapUpload.SIZE + " read " + SmallHeapUpload.SIZE);
        assertThat(TemporaryUploadsTest.filesIn(directory)).isEmpty();
        System.out.println("Temporary upload, 10 MB stored encrypted and read back: " + run.output().strip());
    }

    @Test
    void holdingTheUploadInOneArrayDoesNotFitThatHeap() throws Exception {
        var run = runWithSmallHeap("in-memory");

        assertThat(run.exitCode()).as(run.output()).isNotZero();
        assertThat(run.output()).contains("OutOfMemoryError");
    }

    private record Run(int exitCode, String output) {
    }

    private Run runWithSmallHeap(String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(List.of(java, "-Xmx10m", "-XX:+UseSerialGC",
                "-cp", classPath(), SmallHeapUpload.class.getName(),
                directory.toString(), mode))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** Only what the upload needs: every further jar opened would take heap of its own. */
    private static String classPath() {
        return String.join(java.io.File.pathSeparator, location(TemporaryUploads.class),
                location(SmallHeapUpload.class), location(org.slf4j.LoggerFactory.class));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
