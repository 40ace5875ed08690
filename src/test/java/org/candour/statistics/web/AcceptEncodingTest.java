package org.candour.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptEncodingTest {

    @ParameterizedTest(name = "Accept-Encoding \"{0}\" allows gzip: {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                    | false
            ''                      | false
            gzip                    | true
            GZIP                    | true
            'gzip, deflate, br'     | true
            br                      | false
            gzip;q=0                | false
            gzip; q=0.0             | false
            gzip;q=0.001            | true
            'gzip;q=0, *'           | false
            '*'                     | true
            '*;q=0'                 | false
            'br, *;q=0.5'           | true
            'identity, x-gzip'      | true
            gzip;q=nonsense         | false
            """)
    void gzipIsAllowedOnlyWhenTheClientAcceptsItWithAQualityAboveZero(String header, boolean allowed) {
        assertThat(AcceptEncoding.allowsGzip(header)).isEqualTo(allowed);
    }
}
