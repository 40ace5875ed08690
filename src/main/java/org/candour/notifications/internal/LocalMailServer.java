package org.candour.notifications.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A real SMTP server in this JVM (GreenMail), for the demo profile and the tests: whatever the portal sends lands
 * in its memory, where the Demo mailbox page and the tests read it. Never started in production, where
 * {@code spring.mail.*} names the force's server.
 */
public final class LocalMailServer {

    private final GreenMail server;
    private final int port;

    LocalMailServer(int port) {
        this.port = port;
        this.server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public synchronized void start() {
        if (!server.isRunning()) {
            server.start();
        }
    }

    /** Stops accepting mail (tests use it to play a server that is down); what it received stays. */
    public synchronized void stop() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    public int port() {
        return port;
    }

    public List<MimeMessage> received() {
        return List.of(server.getReceivedMessages());
    }
}
