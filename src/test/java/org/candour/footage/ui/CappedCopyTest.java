package org.candour.footage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CappedCopyTest {

    @ParameterizedTest(name = "{0} bytes with a cap of {1}: copied {2}")
    @CsvSource({"0, 10, true", "10, 10, true", "11, 10, false", "200000, 65536, false", "200000, 200000, true"})
    void copiesUpToTheCapAndNoFurther(int size, long cap, boolean copied) throws IOException {
        var out = new ByteArrayOutputStream();

        assertThat(CappedCopy.copyAtMost(new ByteArrayInputStream(new byte[size]), out, cap)).isEqualTo(copied);

        assertThat(out.size()).isLessThanOrEqualTo((int) cap);
        if (copied) {
            assertThat(out.size()).isEqualTo(size);
        }
    }

    @ParameterizedTest
    @CsvSource({"1048576", "5000000"})
    void anEndlessInputIsNotReadMuchPastTheCap(long cap) throws IOException {
        var endless = new InputStream() {
            long read;

            @Override
            public int read() {
                read++;
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read += len;
                return len;
            }
        };

        assertThat(CappedCopy.copyAtMost(endless, OutputStream.nullOutputStream(), cap)).isFalse();
        assertThat(endless.read).isLessThanOrEqualTo(cap + 64 * 1024);
    }
}
