package org.candour.search.node;

/** How long a node started for a Spring application context lives. */
public enum NodeScope {

    /** Started for the context on the configured ports, stopped when the context closes: the local run. */
    CONTEXT,

    /**
     * One throw-away node per JVM on free ports, shared by every context of that JVM and stopped when the JVM
     * exits: tests, where Spring caches several contexts.
     */
    JVM
}
