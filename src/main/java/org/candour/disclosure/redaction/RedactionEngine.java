package org.candour.disclosure.redaction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.candour.disclosure.redaction.engine.Clips;
import org.candour.disclosure.redaction.engine.DetectionPass;
import org.candour.disclosure.redaction.engine.FaceDetector;
import org.candour.disclosure.redaction.engine.RenderPass;

/**
 * Redaction of one clip, on plain files: {@link #detect} finds and tracks the faces, the caseworker turns them into a
 * {@link RedactionPlan}, and {@link #render} writes the disclosure copy. Both run on the calling thread, report
 * progress after every frame and stop when cancelled. A render that fails or is cancelled leaves no output (an earlier
 * file at the output path is left as it was).
 */
public final class RedactionEngine {

    private final RedactionSettings settings;

    public RedactionEngine() {
        this(RedactionSettings.DEFAULT);
    }

    public RedactionEngine(RedactionSettings settings) {
        this.settings = settings;
    }

    public RedactionSettings settings() {
        return settings;
    }

    /** What FFmpeg finds in the file; refuses a file that is not a video. */
    public ClipInfo probe(Path input) {
        try (FFmpegFrameGrabber grabber = Clips.open(input, FrameGrabber.ImageMode.COLOR)) {
            return Clips.info(grabber);
        } catch (FrameGrabber.Exception e) {
            throw new RedactionFailedException("Could not close " + input.getFileName(), e);
        }
    }

    public DetectedTracks detect(Path input, RedactionProgress progress) {
        return DetectionPass.run(input, settings, progress);
    }

    public RenderReport render(Path input, RedactionPlan plan, Path output, RedactionProgress progress) {
        long started = System.nanoTime();
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (FFmpegFrameGrabber grabber = RenderPass.open(input)) {
            ClipInfo clip = Clips.info(grabber);
            plan.requireRenderableIn(clip);
            long frames = RenderPass.run(grabber, clip, plan, partial, settings, progress);
            String sha256 = sha256(partial);
            Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            var log = RedactionLog.of(plan, clip, settings, description());
            return new RenderReport(output, sha256, Files.size(output), frames,
                    Duration.ofNanos(System.nanoTime() - started), log);
        } catch (RedactionFailedException | InvalidRedactionPlanException e) {
            deleteQuietly(partial, e);
            throw e;
        } catch (Exception e) {
            deleteQuietly(partial, e);
            throw new RedactionFailedException("Rendering " + input.getFileName() + " failed: " + e.getMessage(), e);
        }
    }

    /** The engine as the redaction log names it. */
    public static String description() {
        return "JavaCV 1.5.11 (FFmpeg 7.1, x264, OpenCV 4.10); faces: " + FaceDetector.DESCRIPTION;
    }

    /** The SHA-256 of a file, in lower-case hex. */
    public static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path partial, Exception failure) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
