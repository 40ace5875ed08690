package org.candour.search.node.agent;

import java.lang.instrument.Instrumentation;

import org.jspecify.annotations.Nullable;

/**
 * Stand-in for Elasticsearch's entitlement agent, which is not published to Maven Central. The server attaches it
 * to itself and passes the name of the class whose {@code initialize(Instrumentation)} installs the entitlement
 * checks; the agent only has to make that call.
 */
public final class EntitlementAgent {

    private static final String DEFAULT_INITIALIZATION_CLASS =
            "org.elasticsearch.entitlement.initialization.EntitlementInitialization";

    private EntitlementAgent() {
    }

    public static void agentmain(@Nullable String initializationClassName, Instrumentation instrumentation)
            throws ReflectiveOperationException {
        String className = initializationClassName == null || initializationClassName.isBlank()
                ? DEFAULT_INITIALIZATION_CLASS
                : initializationClassName;
        Class.forName(className)
                .getMethod("initialize", Instrumentation.class)
                .invoke(null, instrumentation);
    }
}
