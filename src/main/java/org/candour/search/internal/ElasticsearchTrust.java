package org.candour.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import co.elastic.clients.transport.rest5_client.low_level.Rest5ClientBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.ssl.TLS;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.elasticsearch.autoconfigure.Rest5ClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * An Elasticsearch cluster with security on answers over HTTPS with certificates of its own authority
 * ({@code elasticsearch-certutil} in docker-compose.yml): the client trusts that authority alone, given as a PEM
 * file in {@code candour.elasticsearch.ca-certificate}, checks the host name and speaks TLS 1.2 or 1.3. The user and
 * password are Spring Boot's {@code spring.elasticsearch.username} and {@code password}. Without a file (the local
 * node, the tests) nothing changes.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchTrust {

    @Bean
    Rest5ClientBuilderCustomizer elasticsearchCertificateAuthority(
            @Value("${candour.elasticsearch.ca-certificate:}") String caCertificate) {
        return new TrustedAuthority(caCertificate.isBlank() ? null : trusting(Path.of(caCertificate)));
    }

    /** Ordered after Spring Boot's own customizer, which sets TLS only for an SSL bundle. */
    private record TrustedAuthority(@Nullable SSLContext context) implements Rest5ClientBuilderCustomizer, Ordered {

        @Override
        public void customize(Rest5ClientBuilder builder) {
            // The connection manager carries the TLS settings.
        }

        @Override
        public void customize(PoolingAsyncClientConnectionManagerBuilder connections) {
            if (context != null) {
                connections.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(context)
                        .setTlsVersions(TLS.V_1_3, TLS.V_1_2).build());
            }
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    static SSLContext trusting(Path caCertificate) {
        try (InputStream pem = Files.newInputStream(caCertificate)) {
            Collection<? extends Certificate> authorities = CertificateFactory.getInstance("X.509")
                    .generateCertificates(pem);
            if (authorities.isEmpty()) {
                throw new IllegalStateException("candour.elasticsearch.ca-certificate " + caCertificate
                        + " holds no certificate");
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            int n = 0;
            for (Certificate authority : authorities) {
                trusted.setCertificateEntry("elasticsearch-ca-" + n++, authority);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        }
        catch (IOException | GeneralSecurityException ex) {
            throw new IllegalStateException("Cannot read the Elasticsearch certificate authority "
                    + "(candour.elasticsearch.ca-certificate) from " + caCertificate + ": " + ex.getMessage(), ex);
        }
    }
}
