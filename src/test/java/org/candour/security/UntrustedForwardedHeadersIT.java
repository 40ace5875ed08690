package org.candour.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The postgres profile believes X-Forwarded-* only from the proxy's address (CANDOUR_TRUSTED_PROXIES): from another
 * address, here loopback, a forwarded scheme is ignored, so no HSTS and no Secure cookie over what is plain HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=192[.]0[.]2[.]10")
class UntrustedForwardedHeadersIT {

    @LocalServerPort
    int port;

    @Test
    void aForwardedSchemeFromAnAddressThatIsNotTheProxyIsIgnored() throws Exception {
        var headers = ForwardedHttpsIT.get(port, "X-Forwarded-Proto", "https");

        assertThat(headers.allValues("Strict-Transport-Security")).isEmpty();
        assertThat(ForwardedHttpsIT.sessionCookies(headers)).singleElement().asString().doesNotContain("Secure");
    }
}
