package org.summitgraph.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a free local port that a test puts between the application and its database, and
 * then breaks the way networks and databases break:
 * <ul>
 * <li>{@link #cut()}: every open connection is reset and the port stops listening, so that new
 * connections are refused, as when the database server goes down;</li>
 * <li>{@link #blackhole()}: connections stay open but no byte gets through in either direction, and
 * new ones are accepted but never answered, as when a network partition swallows packets;</li>
 * <li>{@link #restore()}: forwarding resumes; connections that survived a blackhole carry on with
 * the bytes held back, as TCP would once the partition heals.</li>
 * </ul>
 */
final class TcpProxy implements AutoCloseable {

    private enum Mode {
        FORWARD, CUT, BLACKHOLE
    }

    private final InetSocketAddress target;
    private final int port;
    private volatile ServerSocket server;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object modeChanged = new Object();
    private volatile Mode mode = Mode.FORWARD;

    private TcpProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.port = listen(0);
    }

    /** A proxy forwarding to {@code host:port}. */
    static TcpProxy to(String host, int port) throws IOException {
        return new TcpProxy(new InetSocketAddress(host, port));
    }

    int port() {
        return port;
    }

    /** Resets every open connection and refuses new ones until {@link #restore()}. */
    void cut() throws IOException {
        setMode(Mode.CUT);
        server.close();
        for (Socket socket : sockets) {
            reset(socket);
        }
    }

    /** Holds back every byte, on open and new connections alike, until {@link #restore()}. */
    void blackhole() {
        setMode(Mode.BLACKHOLE);
    }

    /** Forwards again, on the same port. */
    void restore() throws IOException {
        if (server.isClosed()) {
            listen(port);
        }
        setMode(Mode.FORWARD);
    }

    @Override
    public void close() throws IOException {
        cut();
    }

    private int listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        server = socket;
        daemon("tcp-proxy-accept", () -> acceptLoop(socket)).start();
        return socket.getLocalPort();
    }

    private void setMode(Mode mode) {
        synchronized (modeChanged) {
            this.mode = mode;
            modeChanged.notifyAll();
        }
    }

    /** Waits while blackholed; true when the bytes may go on, false when the connection must end. */
    private boolean mayForward() throws InterruptedException {
        synchronized (modeChanged) {
            while (mode == Mode.BLACKHOLE) {
                modeChanged.wait();
            }
            return mode == Mode.FORWARD;
        }
    }

    private void acceptLoop(ServerSocket server) {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return; // cut or closed
            }
            sockets.add(client);
            daemon("tcp-proxy-connect", () -> connect(client)).start();
        }
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        try {
            if (!mayForward()) {
                reset(client);
                return;
            }
            upstream.connect(target, 5_000);
            sockets.add(upstream);
            daemon("tcp-proxy-up", () -> pump(client, upstream)).start();
            daemon("tcp-proxy-down", () -> pump(upstream, client)).start();
        } catch (IOException | InterruptedException e) {
            reset(client);
            reset(upstream);
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (!mayForward()) {
                    break;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side went away: the other one goes too
        } finally {
            reset(from);
            reset(to);
        }
    }

    /** Closes with RST rather than FIN, as a crashed server or a dropped connection leaves it. */
    private void reset(Socket socket) {
        sockets.remove(socket);
        try {
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            // already closed
        }
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
