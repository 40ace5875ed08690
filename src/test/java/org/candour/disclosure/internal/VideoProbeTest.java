package org.candour.disclosure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import javax.crypto.spec.SecretKeySpec;
import org.candour.disclosure.FootageRejectedException;
import org.candour.disclosure.VideoFacts;
import org.candour.support.TestClips;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** FFmpeg opens what was uploaded, from the encrypted store, and finds what it really is. */
class VideoProbeTest {

    private static Path clip;
    private final VideoProbe probe = new VideoProbe();
    private final FootageStorage storage = new FootageStorage(Path.of("target", "test-footage",
            UUID.randomUUID().toString()), new SecretKeySpec(new byte[32], "AES"), 64 * 1024);

    @BeforeAll
    static void makeAClip() throws IOException {
        clip = TestClips.mp4(320, 240, 2);
    }

    @Test
    void aRealClipIsReadThroughTheEncryptedStore() throws IOException {
        var facts = probeThroughStore(Files.readAllBytes(clip));
        assertThat(facts.describe()).isEqualTo("MP4, h264 320x240, 25 fps, 0:02, audio aac");
    }

    @Test
    void aClipCutShortIsRefused() throws IOException {
        byte[] whole = Files.readAllBytes(clip);
        for (int keep : new int[] {whole.length - 1000, whole.length / 2, 100}) {
            assertThatThrownBy(() -> probeThroughStore(Arrays.copyOf(whole, keep))).as("%d bytes", keep)
                    .isInstanceOf(FootageRejectedException.class);
        }
    }

    @Test
    void textIsNotAVideo() {
        assertThatThrownBy(() -> probeThroughStore("hello, not a video".repeat(100).getBytes()))
                .isInstanceOf(FootageRejectedException.class).hasMessageContaining("not a video");
    }

    private VideoFacts probeThroughStore(byte[] content) throws IOException {
        var staged = storage.stage(UUID.randomUUID(), new ByteArrayInputStream(content), Long.MAX_VALUE, "-");
        var copy = storage.plaintextCopy(staged);
        try {
            return probe.probe(copy);
        } finally {
            storage.discardCopy(copy);
            storage.discard(staged);
        }
    }
}
