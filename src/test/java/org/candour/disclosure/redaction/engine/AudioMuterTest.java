package org.candour.disclosure.redaction.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.FloatBuffer;
import java.nio.ShortBuffer;
import java.time.Duration;
import java.util.List;
import org.bytedeco.javacv.Frame;
import org.candour.disclosure.redaction.TimeRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioMuterTest {

    @ParameterizedTest(name = "{0} us in a frame starting at {1} us, {2} samples: sample {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1000000 | 1000000 | 1024 | 0
            1000000 | 990000  | 1024 | 100
            1000001 | 990000  | 1024 | 101
            900000  | 1000000 | 1024 | 0
            2000000 | 1000000 | 1024 | 1024
            1010000 | 1000000 | 1024 | 100
            """)
    void theFirstSampleAtOrAfterATimeIsFoundAtTenThousandSamplesASecond(long micros, long start, int samples,
                                                                        int expected) {
        assertThat(AudioMuter.sampleAt(micros, start, 10_000, samples)).isEqualTo(expected);
    }

    @Test
    void interleavedSamplesInTheRangeAreSilencedOnEveryChannel() {
        var frame = new Frame();
        frame.sampleRate = 10_000;
        frame.audioChannels = 2;
        short[] values = new short[20];
        java.util.Arrays.fill(values, (short) 1000);
        frame.samples = new java.nio.Buffer[] {ShortBuffer.wrap(values)};

        AudioMuter.mute(frame, 1_000_000, List.of(new TimeRange(Duration.ofNanos(1_000_300_000),
                Duration.ofNanos(1_000_600_000))));

        assertThat(values).containsExactly(1000, 1000, 1000, 1000, 1000, 1000, 0, 0, 0, 0, 0, 0, 1000, 1000, 1000,
                1000, 1000, 1000, 1000, 1000);
    }

    @Test
    void planarFloatSamplesAreSilencedPerChannel() {
        var frame = new Frame();
        frame.sampleRate = 10_000;
        frame.audioChannels = 2;
        float[] left = {1, 1, 1, 1};
        float[] right = {1, 1, 1, 1};
        frame.samples = new java.nio.Buffer[] {FloatBuffer.wrap(left), FloatBuffer.wrap(right)};

        AudioMuter.mute(frame, 0, List.of(new TimeRange(Duration.ZERO, Duration.ofNanos(200_000))));

        assertThat(left).containsExactly(0, 0, 1, 1);
        assertThat(right).containsExactly(0, 0, 1, 1);
    }
}
