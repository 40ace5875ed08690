package org.candour.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressesTest {

    @ParameterizedTest(name = "{0} counts as {1}")
    @CsvSource(delimiter = '|', value = {
            "203.0.113.7                        | 203.0.113.7",
            " 203.0.113.7                       | 203.0.113.7",
            "2001:db8:85a3:1:aaaa:bbbb:cccc:1   | 2001:db8:85a3:1::/64",
            "2001:db8:85a3:1:ffff:ffff:ffff:ff  | 2001:db8:85a3:1::/64",
            "2001:0DB8:85A3:0001::2             | 2001:db8:85a3:1::/64",
            "2001:db8::1                        | 2001:db8:0:0::/64",
            "2001:db8:0:2::1                    | 2001:db8:0:2::/64",
            "::1                                | 0:0:0:0::/64",
            "[2001:db8:1:2::3]                  | 2001:db8:1:2::/64",
            "fe80::1%eth0                       | fe80:0:0:0::/64",
            "::ffff:198.51.100.4                | 198.51.100.4",
            "0:0:0:0:0:ffff:198.51.100.4        | 198.51.100.4",
            "unknown                            | unknown",
            "1:2:3                              | 1:2:3",
            "1::2::3                            | 1::2::3",
            "1:2:3:4:5:6:7:8:9                  | 1:2:3:4:5:6:7:8:9",
            "12345::1                           | 12345::1"})
    void ipv4AsItIsIpv6ByItsSlash64AndNonsenseUnderItself(String address, String key) {
        assertThat(ClientAddresses.key(address)).isEqualTo(key);
    }
}
