package org.candour.search.node.launcher;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.elasticsearch.bootstrap.ServerArgs;
import org.elasticsearch.common.io.stream.OutputStreamStreamOutput;
import org.elasticsearch.common.settings.KeyStoreWrapper;
import org.elasticsearch.common.settings.SecureString;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;

/**
 * Writes the serialized {@link ServerArgs} that the Elasticsearch server reads from its stdin, as Elasticsearch's
 * own {@code server-cli} does. Runs in a short-lived JVM with the server jars on its class path.
 *
 * <p>Usage: {@code ServerArgsWriter <configDir> <outputFile> [setting=value ...]}. The output goes to a file rather
 * than stdout so that stray console output of the libraries cannot corrupt it.
 */
public final class ServerArgsWriter {

    private ServerArgsWriter() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ServerArgsWriter <configDir> <outputFile> [setting=value ...]");
        }
        Path configDir = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Environment environment = InternalSettingsPreparer.prepareEnvironment(
                Settings.EMPTY, settingOverrides(args), configDir, () -> "candour-local");
        // Creates config/elasticsearch.keystore (with its seed setting) on first use, as the launcher would.
        KeyStoreWrapper keystore = KeyStoreWrapper.bootstrap(configDir, () -> new SecureString(new char[0]));
        ServerArgs serverArgs = new ServerArgs(false, false, null, keystore, environment.settings(),
                environment.configDir(), environment.logsDir());
        try (OutputStream out = Files.newOutputStream(output);
                OutputStreamStreamOutput streamOutput = new OutputStreamStreamOutput(out)) {
            serverArgs.writeTo(streamOutput);
        }
    }

    private static Map<String, String> settingOverrides(String[] args) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            int separator = args[i].indexOf('=');
            if (separator <= 0) {
                throw new IllegalArgumentException("expected setting=value but got: " + args[i]);
            }
            settings.put(args[i].substring(0, separator), args[i].substring(separator + 1));
        }
        return settings;
    }
}
