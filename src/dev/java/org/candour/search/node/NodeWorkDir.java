package org.candour.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A node's own files: its config (with the keystore it creates), data, logs and temporary files. */
record NodeWorkDir(Path root) {

    Path config() {
        return root.resolve("config");
    }

    Path data() {
        return root.resolve("data");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path serverArgsFile() {
        return tmp().resolve("server-args.bin");
    }

    Path serverArgsWriterLog() {
        return logs().resolve("server-args-writer.log");
    }

    Path stdoutLog() {
        return logs().resolve("node.log");
    }

    Path stderrLog() {
        return logs().resolve("node-stderr.log");
    }

    /** Creates the folders and refreshes the config from the home (keeping the keystore), owned by the node's user. */
    NodeWorkDir prepare(NodeHome home, NodeUser user) {
        try {
            for (Path dir : new Path[] { config(), data(), logs(), tmp() }) {
                Files.createDirectories(dir);
            }
            for (String file : new String[] { "elasticsearch.yml", "log4j2.properties" }) {
                Files.copy(home.configTemplate().resolve(file), config().resolve(file),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(serverArgsFile());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot prepare the Elasticsearch work directory " + root, ex);
        }
        for (Path dir : new Path[] { config(), data(), logs(), tmp() }) {
            user.own(dir);
        }
        return this;
    }
}
