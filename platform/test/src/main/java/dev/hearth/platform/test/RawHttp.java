package dev.hearth.platform.test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A request written byte for byte on a connection of its own, for what {@link ApiClient} (the JDK
 * client) refuses to send: a byte above 0x7F in a header, a malformed line. The answer is everything
 * the server writes until it closes, read as ISO-8859-1; the request should say {@code Connection: close}.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code request} as ISO-8859-1: each char below U+0100 is one byte (U+0085 is the byte 0x85). */
    public static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
