package org.candour.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the home and the work directory where the node's user can reach them. When root starts the node as
 * {@code nobody}, a checkout under a private folder (such as {@code /root}) is out of that user's reach, so the
 * home is copied, and the work directory moved, under {@code /var/tmp/candour-elasticsearch}.
 */
final class NodePlacement {

    static final Path SHARED_ROOT = Path.of("/var/tmp/candour-elasticsearch");

    private static final Logger log = LoggerFactory.getLogger(NodePlacement.class);

    private NodePlacement() {
    }

    static NodeHome reachableHome(NodeHome home, NodeUser user) {
        if (user.canRead(home.serverJar()) && user.canRead(home.launcherJar())) {
            return home;
        }
        Path copy = SHARED_ROOT.resolve("home-" + home.root().getFileName() + "-" + shortHash(home.root()));
        if (!isUpToDateCopy(home, copy)) {
            log.info("Copying the Elasticsearch home to {}, where {} can read it", copy, user);
            copyHome(home, copy);
        }
        return NodeHome.at(copy);
    }

    static NodeWorkDir reachableWorkDir(Path workDir, NodeHome home, NodeUser user) {
        NodeWorkDir preferred = new NodeWorkDir(workDir).prepare(home, user);
        if (user.canWrite(preferred.data())) {
            return preferred;
        }
        Path relocated = SHARED_ROOT.resolve("work-" + workDir.getFileName() + "-" + shortHash(workDir));
        log.warn("{} cannot reach {}; the Elasticsearch node keeps its files in {} instead", user, workDir, relocated);
        createShared(relocated);
        return new NodeWorkDir(relocated).prepare(home, user);
    }

    private static boolean isUpToDateCopy(NodeHome home, Path copy) {
        Path copiedMarker = copy.resolve(NodeHome.COMPLETION_MARKER);
        try {
            return Files.exists(copiedMarker) && Files.getLastModifiedTime(copiedMarker)
                    .equals(Files.getLastModifiedTime(home.completionMarker()));
        }
        catch (IOException ex) {
            return false;
        }
    }

    /** Copies next to the target, then renames, so that concurrent test JVMs never see a half-copied home. */
    private static void copyHome(NodeHome home, Path copy) {
        createShared(SHARED_ROOT);
        Path staging = SHARED_ROOT.resolve(copy.getFileName() + ".tmp-" + ProcessHandle.current().pid());
        try {
            deleteTree(staging);
            copyTree(home.root(), staging);
            deleteTree(copy);
            Files.move(staging, copy, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (FileAlreadyExistsException anotherJvmWasFaster) {
            deleteTree(staging);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot copy the Elasticsearch home to " + copy, ex);
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                Files.copy(path, destination, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                if (!Files.isSymbolicLink(destination)) {
                    Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString(
                            Files.isDirectory(destination) ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
    }

    private static void createShared(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot create " + dir, ex);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot delete " + root, ex);
        }
    }

    private static String shortHash(Path path) {
        return Integer.toHexString(path.toAbsolutePath().normalize().toString().hashCode());
    }
}
