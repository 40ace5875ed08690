package org.candour.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** Certificate authorities and server certificates for tests, made by the JDK's own keytool (no extra library). */
final class TestCertificates {

    private static final String PASSWORD = "test-store-password";

    private TestCertificates() {
    }

    /** A new authority in {@code dir}: its key store and its certificate as PEM ({@link Authority#certificate()}). */
    static Authority authority(Path dir, String name) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Path store = dir.resolve("ca.p12");
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + name,
                "-ext", "bc:c", "-validity", "2", "-keystore", store, "-storetype", "PKCS12", "-storepass", PASSWORD);
        Path certificate = dir.resolve("ca.crt");
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", store, "-storepass", PASSWORD, "-file",
                certificate);
        return new Authority(dir, store, certificate);
    }

    record Authority(Path dir, Path store, Path certificate) {

        /** A server's TLS context with a certificate for {@code host} (and 127.0.0.1) signed by this authority. */
        SSLContext serverContext(String host) throws Exception {
            Path server = dir.resolve(host + ".p12");
            Path request = dir.resolve(host + ".csr");
            Path signed = dir.resolve(host + ".crt");
            keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                    "CN=" + host, "-validity", "2", "-keystore", server, "-storetype", "PKCS12", "-storepass",
                    PASSWORD);
            keytool("-certreq", "-alias", "server", "-keystore", server, "-storepass", PASSWORD, "-file", request);
            keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", store, "-storepass", PASSWORD, "-infile",
                    request, "-outfile", signed, "-validity", "2", "-ext", "san=dns:" + host + ",ip:127.0.0.1",
                    "-ext", "eku=serverAuth");
            keytool("-importcert", "-noprompt", "-alias", "ca", "-file", certificate, "-keystore", server,
                    "-storepass", PASSWORD);
            keytool("-importcert", "-alias", "server", "-file", signed, "-keystore", server, "-storepass",
                    PASSWORD);
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(server)) {
                keys.load(in, PASSWORD.toCharArray());
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        }
    }

    private static void keytool(Object... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        for (Object argument : arguments) {
            command.add(argument.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + String.join(" ", command) + "\n" + output);
        }
    }
}
