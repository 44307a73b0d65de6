package dev.hearth.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy relays both ways, holds everything while stalled, and lets it through when resumed. */
class StallingProxyTest {

    private ServerSocket echo;
    private StallingProxy proxy;

    @BeforeEach
    void echoServerBehindTheProxy() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().start(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket connection = echo.accept();
                    Thread.ofPlatform().daemon().start(() -> {
                        try (connection; InputStream in = connection.getInputStream();
                             OutputStream out = connection.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException e) {
                            // The client went away.
                        }
                    });
                } catch (IOException e) {
                    return;
                }
            }
        });
        proxy = StallingProxy.to(echo.getLocalPort());
    }

    @AfterEach
    void close() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void bytes_pass_both_ways() throws IOException {
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            client.setSoTimeout(30_000);

            send(client, "ping");

            assertThat(receive(client, 4)).isEqualTo("ping");
        }
    }

    @Test
    void a_stalled_proxy_accepts_connections_and_answers_nothing_until_it_resumes() throws IOException {
        proxy.stall();
        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), proxy.port())) {
            client.setSoTimeout(300);
            send(client, "held");

            assertThatThrownBy(() -> receive(client, 4)).isInstanceOf(SocketTimeoutException.class);

            proxy.resume();
            client.setSoTimeout(30_000);
            assertThat(receive(client, 4)).isEqualTo("held");
        }
    }

    private static void send(Socket client, String text) throws IOException {
        client.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        client.getOutputStream().flush();
    }

    private static String receive(Socket client, int length) throws IOException {
        return new String(client.getInputStream().readNBytes(length), StandardCharsets.US_ASCII);
    }
}
