package dev.hearth.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports the operating system hands out, so tests never collide with a running platform. */
public final class FreePorts {

    private FreePorts() {
    }

    /**
     * A port that was free a moment ago. Another process may take it before we bind it; that race
     * is accepted here because the window is tiny and a clash fails loudly at start-up.
     */
    public static int next() {
        return distinct(1)[0];
    }

    /**
     * {@code count} different ports that were free a moment ago. Each is held open until all are
     * chosen: asked one at a time, the operating system may hand the same port out twice, and two
     * components of one platform then race for it (seen: PostgreSQL and the gateway's metrics port).
     */
    public static int[] distinct(int count) {
        List<ServerSocket> held = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                held.add(socket);
                socket.setReuseAddress(true);
            }
            return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("no " + count + " free local ports", e);
        } finally {
            for (ServerSocket socket : held) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // Closing a listening socket that accepted nothing: nothing to recover.
                }
            }
        }
    }
}
