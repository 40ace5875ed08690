package org.candour.search.node;

import java.nio.file.Path;

/** Where the build put the node's home and where tests keep node files (set by surefire and failsafe). */
final class TestNodeHome {

    private TestNodeHome() {
    }

    static Path home() {
        return Path.of(System.getProperty(LocalNodeProperties.PREFIX + ".home", "target/elasticsearch-9.5.3"));
    }

    /** A fresh (emptied) work directory for one node of a test. */
    static Path freshWorkDir(String name) {
        Path workDir = Path.of(System.getProperty(LocalNodeProperties.PREFIX + ".work-dir",
                "target/elasticsearch-test-nodes")).resolve(name);
        NodePlacement.deleteTree(workDir);
        return workDir;
    }
}
