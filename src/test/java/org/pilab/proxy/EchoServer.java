package org.pilab.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A tiny HTTP server on 127.0.0.1 that answers every request with its own raw request head as the body, so a
 * test sees exactly which headers a proxy sent, in order and with their case. One request per connection.
 */
final class EchoServer implements AutoCloseable {

    private final ServerSocket socket;
    private final String name;
    private final Thread thread;

    EchoServer(String name) throws IOException {
        this.name = name;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.thread = new Thread(this::serve, "echo-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(5000);
                String head = readHead(client.getInputStream());
                if (head.isEmpty()) {
                    continue;
                }
                byte[] body = ("server=" + name + "\n" + head).getBytes(StandardCharsets.ISO_8859_1);
                boolean isHead = head.startsWith("HEAD ");
                OutputStream out = client.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\ncontent-length: " + body.length
                        + "\r\nconnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                if (!isHead) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // a closed socket ends the loop; a broken client is ignored
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while ((b = in.read()) >= 0) {
            head.write(b);
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4 || head.size() > 65536) {
                break;
            }
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
