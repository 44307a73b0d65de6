package dev.hearth.platform.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** Whether something accepts connections on a local port. */
public final class Tcp {

    private static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

    private Tcp() {
    }

    /** True when a connection to {@code localhost:port} succeeds (the address every server binds). */
    public static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), (int) CONNECT_TIMEOUT.toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
