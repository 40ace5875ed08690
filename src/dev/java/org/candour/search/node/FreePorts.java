package org.candour.search.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Checks a fixed port, or picks a free one for {@code 0}, on the loopback address the node binds to. */
final class FreePorts {

    private FreePorts() {
    }

    static int resolve(int port, String purpose) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (BindException ex) {
            throw new IllegalStateException("The Elasticsearch " + purpose + " port " + port + " is taken on "
                    + "127.0.0.1. Is another Elasticsearch running? Stop it, or use it by setting "
                    + "spring.elasticsearch.uris, or pick other candour.elasticsearch.local-node ports.", ex);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot probe port " + port, ex);
        }
    }
}
