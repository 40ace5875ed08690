package org.candour.benchmark;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Vaadin memory per session: opens real UI sessions over HTTP exactly as a browser's first visit does
 * ({@link PageVisit}) and measures the heap they hold after full collections.
 */
final class SessionMemory {

    private final PageVisit visit;
    private final Manager sessions;

    SessionMemory(ConfigurableApplicationContext context) {
        var server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        visit = new PageVisit(server.getPort());
        sessions = ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
    }

    /** Opens a few sessions of every page, so that what every session shares is loaded before measuring. */
    void warmUp() throws Exception {
        for (String page : pages()) {
            for (int i = 0; i < 20; i++) {
                openOne(page);
            }
        }
    }

    /**
     * Heap held per UI session of {@code page}, in bytes: the growth of the heap (after full collections) while
     * {@code count} more sessions are opened. Sessions are never closed in between: memory freed during a
     * measurement would be counted against it.
     */
    double bytesPerSession(String page, int count) throws Exception {
        long before = heapAfterFullGc();
        int open = sessions.findSessions().length;
        for (int i = 0; i < count; i++) {
            openOne(page);
        }
        long after = heapAfterFullGc();
        int opened = sessions.findSessions().length - open;
        if (opened != count) {
            throw new IllegalStateException(count + " sessions opened but the server holds " + opened + " more");
        }
        return (after - before) / (double) count;
    }

    private void openOne(String page) throws Exception {
        visit.open(page);
    }

    static long heapAfterFullGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    static List<String> pages() {
        return PageVisit.publicPages();
    }
}
