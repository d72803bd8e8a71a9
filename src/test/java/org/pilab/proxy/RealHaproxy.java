package org.pilab.proxy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's real HAProxy as a child process on loopback, for differential tests. Without {@code /usr/sbin/haproxy}
 * a test is skipped with a printed reason, except under {@code CI=true}, where it fails.
 */
final class RealHaproxy implements AutoCloseable {

    static final Path BINARY = Path.of("/usr/sbin/haproxy");

    private final Process process;
    private final Path dir;
    final Path socket;

    private RealHaproxy(Process process, Path dir) {
        this.process = process;
        this.dir = dir;
        this.socket = dir.resolve("admin.sock");
    }

    static void assumeInstalled() {
        boolean present = Files.isExecutable(BINARY);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + BINARY + " is missing: apt-get install haproxy");
        }
        if (!present) {
            System.out.println("Skipping differential test: " + BINARY + " is missing (apt-get install haproxy)");
        }
        assumeTrue(present, BINARY + " is missing");
    }

    /** A free loopback port (closed again at once: a small race, acceptable in tests). */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * Starts HAProxy in the foreground on <config>, where {@code @SOCKET@} is replaced by the path of an admin
     * stats socket; returns once <port> accepts connections.
     */
    static RealHaproxy start(String config, int port) throws IOException, InterruptedException {
        assumeInstalled();
        Path dir = Files.createTempDirectory("pilab-haproxy");
        Path socket = dir.resolve("admin.sock");
        Path cfg = dir.resolve("haproxy.cfg");
        Files.writeString(cfg, config.replace("@SOCKET@", socket.toString()), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(BINARY.toString(), "-db", "-f", cfg.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("haproxy.log").toFile()).start();
        RealHaproxy haproxy = new RealHaproxy(process, dir);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("haproxy exited: " + Files.readString(dir.resolve("haproxy.log")));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                // the admin socket may appear a moment after the listener, when the config asks for one
                if (!config.contains("@SOCKET@") || Files.exists(socket)) {
                    return haproxy;
                }
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        haproxy.close();
        throw new IllegalStateException("haproxy did not listen on " + port);
    }

    /** Sends one runtime API command over the stats socket and returns the reply (reference §5). */
    String command(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            StringBuilder out = new StringBuilder();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                out.append(StandardCharsets.UTF_8.decode(buffer));
                buffer.clear();
            }
            return out.toString();
        }
    }

    /** The {@code status} column of <backend>/<server> in {@code show stat} (reference §4.4, column 17). */
    String status(String backend, String server) throws IOException {
        for (String line : command("show stat").split("\n")) {
            String[] f = line.split(",", -1);
            if (f.length > 36 && f[0].equals(backend) && f[1].equals(server)) {
                return f[17];
            }
        }
        return null;
    }

    /** The {@code check_status} column of <backend>/<server>. */
    String checkStatus(String backend, String server) throws IOException {
        for (String line : command("show stat").split("\n")) {
            String[] f = line.split(",", -1);
            if (f.length > 36 && f[0].equals(backend) && f[1].equals(server)) {
                return f[36];
            }
        }
        return null;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
            Files.deleteIfExists(dir);
        } catch (IOException ignored) {
            // temp files are cleaned by the OS
        }
    }
}
