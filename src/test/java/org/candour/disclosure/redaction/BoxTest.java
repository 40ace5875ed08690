package org.candour.disclosure.redaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoxTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the same box                  | 0.1, 0.1, 0.2, 0.2 | 0.1, 0.1, 0.2, 0.2 | 1.0
            apart                         | 0.0, 0.0, 0.2, 0.2 | 0.5, 0.5, 0.2, 0.2 | 0.0
            touching edges                | 0.0, 0.0, 0.2, 0.2 | 0.2, 0.0, 0.2, 0.2 | 0.0
            half shifted sideways         | 0.0, 0.0, 0.2, 0.2 | 0.1, 0.0, 0.2, 0.2 | 0.3333333333
            one inside a box four times it| 0.0, 0.0, 0.4, 0.4 | 0.1, 0.1, 0.2, 0.2 | 0.25
            quarter overlap diagonally    | 0.0, 0.0, 0.2, 0.2 | 0.1, 0.1, 0.2, 0.2 | 0.1428571429
            """)
    void iouIsOverlapOverUnion(String name, String a, String b, double iou) {
        assertThat(box(a).iou(box(b))).isCloseTo(iou, offset(1e-9));
        assertThat(box(b).iou(box(a))).isCloseTo(iou, offset(1e-9));
    }

    @ParameterizedTest(name = "{0} padded by {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            in the middle        | 0.4, 0.4, 0.2, 0.2 | 0.25 | 0.35, 0.35, 0.3, 0.3
            no padding           | 0.4, 0.4, 0.2, 0.2 | 0.0  | 0.4, 0.4, 0.2, 0.2
            at the top left edge | 0.0, 0.0, 0.2, 0.2 | 0.5  | 0.0, 0.0, 0.3, 0.3
            at the bottom right  | 0.9, 0.8, 0.1, 0.2 | 0.5  | 0.85, 0.7, 0.15, 0.3
            """)
    void paddingGrowsEverySideAndStaysInTheFrame(String name, String box, double padding, String padded) {
        Box result = box(box).padded(padding);
        Box expected = box(padded);
        assertThat(result.x()).isCloseTo(expected.x(), offset(1e-9));
        assertThat(result.y()).isCloseTo(expected.y(), offset(1e-9));
        assertThat(result.width()).isCloseTo(expected.width(), offset(1e-9));
        assertThat(result.height()).isCloseTo(expected.height(), offset(1e-9));
        assertThat(result.isInsideFrame()).isTrue();
    }

    @ParameterizedTest(name = "{0} is inside the frame: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.0, 0.0, 1.0, 1.0   | true
            0.5, 0.5, 0.5, 0.5   | true
            0.5, 0.5, 0.51, 0.5  | false
            -0.01, 0.0, 0.5, 0.5 | false
            0.2, 0.2, 0.0, 0.3   | false
            0.2, 0.2, 0.3, -0.1  | false
            0.2, 1.0, 0.3, 0.1   | false
            """)
    void insideTheFrameMeansEveryEdgeBetweenZeroAndOne(String box, boolean inside) {
        assertThat(box(box).isInsideFrame()).isEqualTo(inside);
    }

    @ParameterizedTest(name = "{2} of the way")
    @CsvSource(delimiter = '|', textBlock = """
            0.0, 0.0, 0.2, 0.2 | 0.4, 0.2, 0.4, 0.2 | 0.0  | 0.0, 0.0, 0.2, 0.2
            0.0, 0.0, 0.2, 0.2 | 0.4, 0.2, 0.4, 0.2 | 0.5  | 0.2, 0.1, 0.3, 0.2
            0.0, 0.0, 0.2, 0.2 | 0.4, 0.2, 0.4, 0.2 | 1.0  | 0.4, 0.2, 0.4, 0.2
            0.0, 0.0, 0.2, 0.2 | 0.4, 0.2, 0.4, 0.2 | 1.5  | 0.6, 0.3, 0.5, 0.2
            """)
    void towardsMovesEveryEdgeLinearly(String from, String to, double t, String expected) {
        Box result = box(from).towards(box(to), t);
        assertThat(new double[] {result.x(), result.y(), result.width(), result.height()})
                .containsExactly(values(expected), offset(1e-9));
    }

    @org.junit.jupiter.api.Test
    void aBoxNeedsFiniteCoordinates() {
        assertThatThrownBy(() -> new Box(Double.NaN, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Box(0, 0, Double.POSITIVE_INFINITY, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static Box box(String text) {
        double[] v = values(text);
        return new Box(v[0], v[1], v[2], v[3]);
    }

    private static double[] values(String text) {
        return java.util.Arrays.stream(text.split(",")).mapToDouble(value -> Double.parseDouble(value.trim()))
                .toArray();
    }
}
