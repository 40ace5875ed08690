package org.candour.disclosure.redaction.engine;

import java.nio.Buffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import org.bytedeco.javacv.Frame;
import org.candour.disclosure.redaction.TimeRange;

/** Silences the samples of a decoded audio frame that fall in mute ranges, to the sample. */
final class AudioMuter {

    private AudioMuter() {
    }

    /** @param startMicros the frame's time from the start of the clip, in microseconds */
    static void mute(Frame audio, long startMicros, Iterable<TimeRange> mutes) {
        if (audio.samples == null || audio.sampleRate <= 0) {
            return;
        }
        // Interleaved sound comes as one buffer holding every channel; planar sound as one buffer per channel.
        int channelsPerBuffer = audio.samples.length == 1 ? Math.max(1, audio.audioChannels) : 1;
        for (TimeRange range : mutes) {
            for (Buffer buffer : audio.samples) {
                int samples = buffer.limit() / channelsPerBuffer;
                int from = sampleAt(range.start().toNanos() / 1000, startMicros, audio.sampleRate, samples);
                int to = sampleAt(range.end().toNanos() / 1000, startMicros, audio.sampleRate, samples);
                for (int i = from * channelsPerBuffer; i < to * channelsPerBuffer; i++) {
                    silence(buffer, i);
                }
            }
        }
    }

    /** The first sample at or after {@code micros}, within 0..samples. */
    static int sampleAt(long micros, long startMicros, int sampleRate, int samples) {
        double exact = (micros - startMicros) * (double) sampleRate / 1_000_000;
        return (int) Math.max(0, Math.min(samples, Math.ceil(exact - 1e-9)));
    }

    private static void silence(Buffer buffer, int index) {
        switch (buffer) {
            case ShortBuffer shorts -> shorts.put(index, (short) 0);
            case FloatBuffer floats -> floats.put(index, 0f);
            case IntBuffer ints -> ints.put(index, 0);
            case DoubleBuffer doubles -> doubles.put(index, 0d);
            default -> throw new IllegalStateException("Cannot silence samples held in " + buffer.getClass()
                    .getSimpleName() + " (signed 16-bit, 32-bit or floating-point samples expected)");
        }
    }
}
