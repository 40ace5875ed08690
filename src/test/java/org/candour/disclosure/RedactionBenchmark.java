package org.candour.disclosure;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.candour.benchmark.BenchmarkReport;
import org.candour.disclosure.redaction.RedactionEngine;
import org.candour.disclosure.redaction.RedactionPlan;
import org.candour.disclosure.redaction.RedactionProgress;
import org.candour.disclosure.redaction.RedactionSettings;
import org.candour.disclosure.redaction.SyntheticClip;
import org.candour.disclosure.redaction.engine.Clips;
import org.candour.disclosure.redaction.engine.Encoders;

/**
 * Redaction against a plain transcode of the same clip, in the same JVM and run. Not a test: the suite runs it,
 * {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.only=redaction [-Dbenchmark.seconds=60]}. Makes a
 * 1080p30 and a 720p30 clip of {@code benchmark.seconds} (60) with three moving faces and sound (kept under
 * target/benchmark for the next run), then per run and size: (a) a plain FFmpeg decode and H.264/AAC re-encode with
 * the engine's encoder settings, without any picture conversion; (b) detection and the redaction render with every
 * face blurred. Prints frames per second, wall times, the ratio (b)/(a) and peak memory; writes
 * {@code target/benchmarks/redaction.json}. Optional, to try other settings than the engine's
 * defaults: {@code -Dbenchmark.detect-every=6}, {@code -Dbenchmark.detection-width=480},
 * {@code -Dbenchmark.preset=veryfast}.
 */
public final class RedactionBenchmark {

    private static final Path DIR = Path.of("target", "benchmark");
    private static final double FPS = 30;

    private record Size(String name, int width, int height) {

        SyntheticClip.Spec spec(int frames) {
            double scale = height / 1080.0;
            return new SyntheticClip.Spec(width, height, FPS, frames, List.of(
                    face(scale, 360, 100, 150, 700, 250),
                    face(scale, 280, 1550, 600, 1100, 450),
                    face(scale, 220, 900, 80, 1300, 300)), true);
        }

        private static SyntheticClip.MovingFace face(double scale, int size, int x0, int y0, int x1, int y1) {
            return new SyntheticClip.MovingFace((int) (size * scale), (int) (x0 * scale), (int) (y0 * scale),
                    (int) (x1 * scale), (int) (y1 * scale));
        }
    }

    private final RedactionEngine engine;
    private final int seconds;
    private final int runs;
    private final Map<String, List<Double>> figures = new LinkedHashMap<>();
    private long peakRssDuringRedaction;
    private long peakRssDuringPlain;
    private int tracks;

    private RedactionBenchmark(RedactionSettings settings, int seconds, int runs) {
        this.engine = new RedactionEngine(settings);
        this.seconds = seconds;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        var defaults = RedactionSettings.DEFAULT;
        var settings = defaults
                .detectingEvery(Integer.getInteger("benchmark.detect-every", defaults.detectEveryNthFrame()))
                .detectingAtWidth(Integer.getInteger("benchmark.detection-width", defaults.detectionWidth()))
                .encodingWith(System.getProperty("benchmark.preset", defaults.preset()));
        new RedactionBenchmark(settings, Integer.getInteger("benchmark.seconds", 60),
                Integer.getInteger("benchmark.runs", 3)).run();
    }

    private void run() throws Exception {
        Files.createDirectories(DIR);
        var sizes = List.of(new Size("1080p", 1920, 1080), new Size("720p", 1280, 720));
        var clips = new LinkedHashMap<Size, Path>();
        for (Size size : sizes) {
            clips.put(size, clipIfMissing(size));
        }
        for (int run = 1; run <= runs; run++) {
            for (Size size : sizes) {
                measure(size, clips.get(size), run);
            }
        }
        report(sizes).print();
    }

    private Path clipIfMissing(Size size) throws Exception {
        int frames = (int) (seconds * FPS);
        Path clip = DIR.resolve("redaction-v2-" + size.name() + "-" + seconds + "s.mp4");
        if (!Files.exists(clip)) {
            long start = System.nanoTime();
            SyntheticClip.write(DIR.resolve("writing.mp4"), size.spec(frames));
            Files.move(DIR.resolve("writing.mp4"), clip);
            System.out.printf(Locale.ROOT, "made %s (%d frames) in %.1f s%n", clip, frames, since(start));
        }
        return clip;
    }

    private void measure(Size size, Path clip, int run) throws Exception {
        Path out = DIR.resolve("out-" + size.name() + ".mp4");
        resetPeakRss();
        long start = System.nanoTime();
        long frames = plainTranscode(clip, out);
        double plain = since(start);
        peakRssDuringPlain = Math.max(peakRssDuringPlain, peakRss());

        resetPeakRss();
        start = System.nanoTime();
        var detected = engine.detect(clip, RedactionProgress.NONE);
        double detection = since(start);
        long renderStart = System.nanoTime();
        var report = engine.render(clip, RedactionPlan.blurEveryFace(detected, "Disclosed to BWV-2026-000123 on "
                + "6 December 2026"), out, RedactionProgress.NONE);
        double render = since(renderStart);
        double redaction = since(start);
        peakRssDuringRedaction = Math.max(peakRssDuringRedaction, peakRss());
        tracks = detected.tracks().size();

        add(size, "plain transcode, wall", plain);
        add(size, "plain transcode, frames/s", frames / plain);
        add(size, "detection, frames/s", detected.clip().frames() / detection);
        add(size, "redaction render, frames/s", report.frames() / render);
        add(size, "detection + render, wall", redaction);
        add(size, "detection + render, frames/s", report.frames() / redaction);
        add(size, "redaction / plain transcode", redaction / plain);
        System.out.printf(Locale.ROOT, "run %d %s: plain %.1f s (%d frames), detection %.1f s (%d tracks), render "
                        + "%.1f s, ratio %.2f%n", run, size.name(), plain, frames, detection, tracks, render,
                redaction / plain);
        Files.deleteIfExists(out);
    }

    /** Decode and re-encode with the engine's encoder settings; pictures stay in yuv420p, nothing else is done. */
    private long plainTranscode(Path clip, Path out) throws Exception {
        try (FFmpegFrameGrabber grabber = Clips.open(clip, FrameGrabber.ImageMode.COLOR, AV_PIX_FMT_YUV420P)) {
            long start = Clips.startMicros(grabber);
            long frames = 0;
            try (FFmpegFrameRecorder recorder = Encoders.start(out, grabber, engine.settings())) {
                Frame frame;
                while ((frame = grabber.grabFrame(true, true, true, false, false)) != null) {
                    if (frame.image != null) {
                        long at = frame.timestamp - start;
                        if (at > recorder.getTimestamp()) {
                            recorder.setTimestamp(at);
                        }
                        frames++;
                    }
                    recorder.record(frame);
                }
                recorder.stop();
            }
            return frames;
        }
    }

    private BenchmarkReport report(List<Size> sizes) {
        var report = new BenchmarkReport("redaction");
        report.context("seconds_of_video", seconds);
        report.context("frame_rate", FPS);
        report.context("settings", engine.settings());
        report.context("face_tracks_found", tracks);
        report.context("cpus", Runtime.getRuntime().availableProcessors());
        report.context("load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (Size size : sizes) {
            String name = size.name();
            report.add(name + " plain decode + H.264 re-encode, wall", "s", runs(name, "plain transcode, wall"));
            report.add(name + " plain decode + H.264 re-encode", "frames/s", runs(name, "plain transcode, frames/s"));
            report.add(name + " detection pass", "frames/s", runs(name, "detection, frames/s"));
            report.add(name + " redaction render pass", "frames/s", runs(name, "redaction render, frames/s"));
            report.add(name + " detection + render", "frames/s", runs(name, "detection + render, frames/s"));
            double[] wall = runs(name, "detection + render, wall");
            if (name.equals("720p") && seconds == 60) {
                report.add(name + " detection + render, wall (60 s of video)", "s", wall, "<= 60",
                        BenchmarkReport.median(wall) <= 60);
            } else {
                report.add(name + " detection + render, wall", "s", wall);
            }
            double[] ratio = runs(name, "redaction / plain transcode");
            report.add(name + " redaction / plain transcode", "ratio", ratio, "<= 2.0",
                    BenchmarkReport.median(ratio) <= 2.0);
        }
        report.add("peak RSS during plain transcodes", "MB", new double[] {peakRssDuringPlain / 1024.0});
        report.add("peak RSS during detection + render", "MB", new double[] {peakRssDuringRedaction / 1024.0});
        report.writeJson();
        return report;
    }

    private void add(Size size, String figure, double value) {
        figures.computeIfAbsent(size.name() + " " + figure, key -> new ArrayList<>()).add(value);
    }

    private double[] runs(String size, String figure) {
        return figures.get(size + " " + figure).stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Linux lets a process reset its peak resident set size (VmHWM) by writing 5 to clear_refs. */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (Exception e) {
            System.out.println("cannot reset the peak RSS (" + e.getMessage() + "): figures are peaks since start");
        }
    }

    /** Peak resident set size in KiB: Java heap, JIT and FFmpeg's and OpenCV's native memory together. */
    private static long peakRss() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
