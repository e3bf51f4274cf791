package org.annals.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds and checks local TCP ports before a broker or service tries to bind them. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port that was free a moment ago (another process may still take it first). */
    public static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        }
    }

    /** Returns {@code port} if nothing listens on it, else throws {@link PortInUseException}. */
    public static int requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // Without SO_REUSEADDR a port in TIME_WAIT after our own previous run reads as busy.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return port;
        } catch (IOException e) {
            throw new PortInUseException(port);
        }
    }
}
