package dev.hearth.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in this JVM in front of a server of this machine (PostgreSQL, say), which a test can
 * {@link #stall()}: it then still accepts connections but relays not one byte either way, so to its
 * clients the server is a black hole — connected, silent — as a hung server or a network that drops
 * packets is. {@link #resume()} lets through what was held. Point the service's client at
 * {@link #port()} instead of the server's.
 */
public final class StallingProxy implements AutoCloseable {

    private final int targetPort;
    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object gate = new Object();
    private boolean stalled;
    private volatile boolean closed;

    private StallingProxy(int targetPort) {
        this.targetPort = targetPort;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for the proxy", e);
        }
        daemon("stalling-proxy-accept", this::accept);
    }

    /** A proxy to {@code localhost:targetPort}, listening on a free port. */
    public static StallingProxy to(int targetPort) {
        return new StallingProxy(targetPort);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** From now on nothing passes, on open connections and new ones alike. */
    public void stall() {
        synchronized (gate) {
            stalled = true;
        }
    }

    /** Everything held passes, and what follows too. */
    public void resume() {
        synchronized (gate) {
            stalled = false;
            gate.notifyAll();
        }
    }

    @Override
    public void close() {
        closed = true;
        resume();
        closeQuietly(listener);
        sockets.forEach(StallingProxy::closeQuietly);
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
                sockets.add(client);
                sockets.add(server);
                daemon("stalling-proxy-up", () -> relay(client, server));
                daemon("stalling-proxy-down", () -> relay(server, client));
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    // Each chunk read waits at the gate before it is written: while stalled, nothing moves.
    private void relay(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                awaitFlowing();
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // One side went away: the other goes too, as it would without the proxy.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private void awaitFlowing() throws IOException {
        synchronized (gate) {
            while (stalled && !closed) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while stalled", e);
                }
            }
        }
    }

    private static void daemon(String name, Runnable task) {
        Thread.ofPlatform().daemon().name(name).start(task);
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            // Closing is all that is left to do.
        }
    }
}
