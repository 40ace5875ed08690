package org.candour.search.node;

import org.jspecify.annotations.Nullable;

/**
 * The one node of this JVM for tests: started on free ports by the first caller, in a throw-away work directory
 * {@code <work-dir>/jvm-<pid>}, and stopped (its files deleted) when the JVM exits. Later callers get the same
 * node, whatever settings they pass.
 */
public final class SharedLocalElasticsearchNode {

    private static @Nullable LocalElasticsearchNode node;

    private SharedLocalElasticsearchNode() {
    }

    public static synchronized LocalElasticsearchNode get(LocalNodeSettings settings) {
        LocalElasticsearchNode current = node;
        // A node whose process died is being started again by its watchdog, on the same ports and files.
        if (current != null && !current.isStopped()) {
            return current;
        }
        LocalNodeSettings throwAway = new LocalNodeSettings(settings.home(),
                settings.workDir().resolve("jvm-" + ProcessHandle.current().pid()), 0, 0, settings.heapSize(),
                settings.startupTimeout());
        NodePlacement.deleteTree(throwAway.workDir());
        LocalElasticsearchNode started = LocalElasticsearchNode.start(throwAway);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.stop();
            NodePlacement.deleteTree(started.workDir());
        }, "elasticsearch-node-shutdown"));
        node = started;
        return started;
    }
}
