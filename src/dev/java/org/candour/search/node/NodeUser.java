package org.candour.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.security.auth.module.UnixSystem;
import org.jspecify.annotations.Nullable;

/**
 * The operating-system user a node runs as. Elasticsearch refuses to run as root, so a root JVM (CI, containers)
 * starts the node as {@code nobody} through {@code setpriv}; any other user runs it as itself.
 */
final class NodeUser {

    private static final String UNPRIVILEGED_USER = "nobody";

    private final @Nullable UserPrincipal owner;

    private final @Nullable GroupPrincipal group;

    private NodeUser(@Nullable UserPrincipal owner, @Nullable GroupPrincipal group) {
        this.owner = owner;
        this.group = group;
    }

    static NodeUser forCurrentProcess() {
        if (new UnixSystem().getUid() != 0) {
            return new NodeUser(null, null);
        }
        UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
        try {
            return new NodeUser(lookup.lookupPrincipalByName(UNPRIVILEGED_USER), unprivilegedGroup(lookup));
        }
        catch (IOException ex) {
            throw new IllegalStateException("Running as root, but there is no user '" + UNPRIVILEGED_USER
                    + "' to run Elasticsearch as", ex);
        }
    }

    boolean switchesUser() {
        return owner != null;
    }

    /** Prefixes a command so that it runs as this user. */
    List<String> wrap(List<String> command) {
        if (owner == null || group == null) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + owner.getName(),
                "--regid=" + group.getName(), "--clear-groups"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives this user a directory tree it has to write to. */
    void own(Path dir) {
        if (owner == null || group == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                        LinkOption.NOFOLLOW_LINKS);
                view.setOwner(owner);
                view.setGroup(group);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot hand " + dir + " to user " + owner.getName(), ex);
        }
    }

    /** Whether this user can read the file; every parent folder must let it pass. */
    boolean canRead(Path file) {
        return owner == null ? Files.isReadable(file) : passesTest("-r", file.toString());
    }

    /** Whether this user can create files in the directory; every parent folder must let it pass. */
    boolean canWrite(Path dir) {
        return owner == null ? Files.isWritable(dir) : passesTest("-w", dir.toString(), "-a", "-x", dir.toString());
    }

    private boolean passesTest(String... testArguments) {
        List<String> command = new ArrayList<>(List.of("test"));
        command.addAll(List.of(testArguments));
        try {
            Process process = new ProcessBuilder(wrap(command)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot run setpriv (Debian package util-linux) to start "
                    + "Elasticsearch as '" + UNPRIVILEGED_USER + "'", ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return owner == null ? "the current user" : owner.getName();
    }

    private static GroupPrincipal unprivilegedGroup(UserPrincipalLookupService lookup) throws IOException {
        try {
            return lookup.lookupPrincipalByGroupName("nogroup");
        }
        catch (IOException debianNameMissing) {
            return lookup.lookupPrincipalByGroupName(UNPRIVILEGED_USER);
        }
    }
}
