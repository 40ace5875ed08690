package org.candour.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.transport.rest5_client.low_level.Request;
import co.elastic.clients.transport.rest5_client.low_level.Rest5Client;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.CertPathBuilderException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.elasticsearch.autoconfigure.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The portal's Elasticsearch client against a cluster with security on, stood in for by a real HTTPS server with a
 * certificate of its own authority that asks for a password as Elasticsearch does (401 with a Basic challenge): the
 * client trusts that authority from {@code candour.elasticsearch.ca-certificate}, sends the user and password of
 * {@code spring.elasticsearch.*}, and refuses a server whose certificate another authority signed.
 */
class ElasticsearchTrustTest {

    @TempDir
    static Path dir;

    static TestCertificates.Authority clusterAuthority;

    static TestCertificates.Authority strangerAuthority;

    static HttpsServer server;

    static final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        clusterAuthority = TestCertificates.authority(dir.resolve("cluster"), "Cluster CA");
        strangerAuthority = TestCertificates.authority(dir.resolve("stranger"), "Stranger CA");
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(clusterAuthority.serverContext("localhost")));
        server.createContext("/", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization == null) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"security\", charset=\"UTF-8\"");
                exchange.sendResponseHeaders(401, -1);
            } else {
                authorizations.add(authorization);
                byte[] body = "{\"cluster_name\":\"candour\",\"status\":\"green\"}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private ApplicationContextRunner client(String caCertificate) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ElasticsearchRestClientAutoConfiguration.class))
                .withUserConfiguration(ElasticsearchTrust.class)
                .withPropertyValues("spring.elasticsearch.uris=https://localhost:" + server.getAddress().getPort(),
                        "spring.elasticsearch.username=candour", "spring.elasticsearch.password=s3cret-portal",
                        "candour.elasticsearch.ca-certificate=" + caCertificate,
                        // Patient on a loaded machine: what is tested is trust, not speed.
                        "spring.elasticsearch.connection-timeout=60s", "spring.elasticsearch.socket-timeout=60s");
    }

    @Test
    void trustsTheClustersAuthorityAndSignsInWithThePortalsUser() {
        authorizations.clear();
        client(clusterAuthority.certificate().toString()).run(context -> {
            var response = context.getBean(Rest5Client.class).performRequest(new Request("GET", "/_cluster/health"));

            assertThat(response.getStatusCode()).isEqualTo(200);
            assertThat(EntityUtils.toString(response.getEntity())).contains("\"green\"");
        });
        assertThat(authorizations).containsExactly("Basic " + Base64.getEncoder().encodeToString(
                "candour:s3cret-portal".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesAServerWhoseCertificateAnotherAuthoritySigned() {
        authorizations.clear();
        client(strangerAuthority.certificate().toString()).run(context -> assertThatThrownBy(() -> context
                .getBean(Rest5Client.class).performRequest(new Request("GET", "/_cluster/health")))
                .isInstanceOf(IOException.class).hasRootCauseInstanceOf(CertPathBuilderException.class));
        assertThat(authorizations).as("no password sent to an untrusted server").isEmpty();
    }

    @Test
    void withoutTheAuthorityTheJdksDefaultTrustRefusesTheClustersCertificate() {
        client("").run(context -> assertThatThrownBy(() -> context.getBean(Rest5Client.class)
                .performRequest(new Request("GET", "/_cluster/health"))).isInstanceOf(IOException.class)
                .hasRootCauseInstanceOf(CertPathBuilderException.class));
    }

    @Test
    void aMissingAuthorityFileStopsTheStartWithItsName() {
        client(dir.resolve("no-such-ca.crt").toString()).run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("no-such-ca.crt"));
    }
}
