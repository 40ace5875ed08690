package org.candour.search.node;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command lines of a node's two processes, following what Elasticsearch's {@code server-cli} does: the helper
 * that writes the server arguments, and the server itself on the module path of the home's {@code lib/}.
 */
final class NodeCommandLine {

    private static final String SERVER_MAIN = "org.elasticsearch.server/org.elasticsearch.bootstrap.Elasticsearch";

    private static final String SERVER_ARGS_WRITER = "org.candour.search.node.launcher.ServerArgsWriter";

    private final Path java = Path.of(System.getProperty("java.home"), "bin", "java");

    private final int javaVersion = Runtime.version().feature();

    private final NodeHome home;

    private final NodeWorkDir workDir;

    NodeCommandLine(NodeHome home, NodeWorkDir workDir) {
        this.home = home;
        this.workDir = workDir;
    }

    /** The writer's command; {@code settings} (cluster and node names, discovery) override the home's config. */
    List<String> serverArgsWriter(int httpPort, int transportPort, Map<String, String> settings) {
        String classPath = home.launcherJar() + File.pathSeparator + home.lib().resolve("*");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx128m", "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + workDir.tmp(),
                "-Dlog4j2.disable.jmx=true", "-cp", classPath, SERVER_ARGS_WRITER,
                workDir.config().toString(), workDir.serverArgsFile().toString(),
                "path.home=" + home.root(),
                "path.data=" + workDir.data(),
                "path.logs=" + workDir.logs(),
                "http.port=" + httpPort,
                "transport.port=" + transportPort));
        settings.forEach((name, value) -> command.add(name + "=" + value));
        return command;
    }

    List<String> server(String heapSize) {
        List<String> command = new ArrayList<>(List.of(java.toString(),
                "-Des.path.home=" + home.root(),
                "-Des.path.conf=" + workDir.config(),
                "-Des.distribution.type=tar",
                "-Djava.io.tmpdir=" + workDir.tmp(),
                "-XX:ErrorFile=" + workDir.logs().resolve("hs_err_pid%p.log"),
                "-Xms" + heapSize, "-Xmx" + heapSize, "-XX:+UseG1GC", "-Xss1m",
                "-Djava.locale.providers=SPI,CLDR",
                "-Djna.nosys=true",
                "-Dio.netty.noUnsafe=true",
                "-Dio.netty.noKeySetOptimization=true",
                "-Dio.netty.recycler.maxCapacityPerThread=0",
                "-Dlog4j2.formatMsgNoLookups=true",
                "-Dlog4j.shutdownHookEnabled=false",
                "-Dlog4j2.disable.jmx=true",
                "-Djdk.attach.allowAttachSelf=true",
                "-Des.entitlement.agentJar=" + home.entitlementAgentJar(),
                "--patch-module=java.base=" + home.entitlementBridgeJar(),
                "--add-exports=java.base/org.elasticsearch.entitlement.bridge="
                        + "org.elasticsearch.entitlement,java.logging,java.net.http,java.naming,jdk.net",
                "-XX:+EnableDynamicAgentLoading",
                "--enable-native-access=org.elasticsearch.nativeaccess,org.apache.lucene.core,"
                        + "org.elasticsearch.foreign",
                "--add-modules=jdk.incubator.vector",
                "--add-opens=org.apache.lucene.core/org.apache.lucene.codecs.lucene99=org.elasticsearch.server",
                "--add-opens=org.apache.lucene.core/org.apache.lucene.internal.vectorization="
                        + "org.elasticsearch.server",
                "-Dorg.apache.lucene.vectorization.upperJavaFeatureVersion=" + javaVersion,
                "-Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false"));
        if (javaVersion >= 24) {
            command.addAll(List.of("--enable-native-access=ALL-UNNAMED", "--illegal-native-access=deny"));
        }
        command.addAll(List.of("--module-path=" + home.lib(),
                "--add-modules=jdk.net", "--add-modules=jdk.management.agent", "--add-modules=ALL-MODULE-PATH",
                "-m", SERVER_MAIN));
        return command;
    }
}
