package org.summitgraph.live;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A bare graphql-transport-ws connection that writes each message as one WebSocket frame, whatever
 * its size (java.net.http splits long messages into frames), and reads the server's frames.
 */
final class RawWebSocket implements AutoCloseable {

    /** A frame from the server: its opcode and payload. */
    record Frame(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** A close frame's status code and reason, as {@code "code reason"}. */
        String close() {
            return (((payload[0] & 0xff) << 8) | (payload[1] & 0xff)) + " "
                    + new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8);
        }
    }

    static final int TEXT = 1;
    static final int CLOSE = 8;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    /** Connects, upgrades with graphql-transport-ws and reads the answer's headers. */
    RawWebSocket(URI graphqlEndpoint) throws IOException {
        socket = new Socket(graphqlEndpoint.getHost(), graphqlEndpoint.getPort());
        socket.setSoTimeout(10_000);
        in = new DataInputStream(socket.getInputStream());
        out = socket.getOutputStream();
        out.write(("GET /graphql HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString("summit-graph-test".getBytes(StandardCharsets.UTF_8))
                + "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        StringBuilder headers = new StringBuilder();
        while (!headers.toString().endsWith("\r\n\r\n")) {
            headers.append((char) in.readUnsignedByte());
        }
        assertTrue(headers.toString().startsWith("HTTP/1.1 101"), headers.toString());
    }

    /** Sends a text message as one final frame, masked as a client must. */
    void send(String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = { 1, 2, 3, 4 };
        out.write(0x80 | TEXT);
        if (payload.length < 126) {
            out.write(0x80 | payload.length);
        } else if (payload.length < 65_536) {
            out.write(0x80 | 126);
            out.write(payload.length >>> 8);
            out.write(payload.length);
        } else {
            out.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >>> shift));
            }
        }
        out.write(mask);
        byte[] masked = new byte[payload.length];
        for (int i = 0; i < payload.length; i++) {
            masked[i] = (byte) (payload[i] ^ mask[i % 4]);
        }
        out.write(masked);
        out.flush();
    }

    /** The next frame from the server (they are never masked). */
    Frame read() throws IOException {
        int first = in.readUnsignedByte();
        long length = in.readUnsignedByte() & 0x7f;
        if (length == 126) {
            length = in.readUnsignedShort();
        } else if (length == 127) {
            length = in.readLong();
        }
        byte[] payload = new byte[(int) length];
        in.readFully(payload);
        return new Frame(first & 0x0f, payload);
    }

    /** The next frame that is no text message, skipping text messages. */
    Frame readControl() throws IOException {
        for (Frame frame = read();; frame = read()) {
            if (frame.opcode() != TEXT) {
                return frame;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
