package org.pilab.engine;

import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pilab.events.LabEvents;
import org.pilab.health.HealthService;
import org.pilab.proxy.PortUnavailableException;
import org.pilab.proxy.ProxyService;
import org.pilab.rack.PiSpec;
import org.pilab.rack.Rack;
import org.pilab.rack.RackSpec;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link LabService#apply} wired by hand on real ports (no Quarkus, no ephemeral-port setting), for what the shared
 * test boot cannot show: a port already taken answers {@link PortUnavailableException} and leaves the running lab
 * as it was; a frontend whose bind line stays keeps its socket; a new server address gets a new virtual Pi.
 */
class LabApplyWiringTest {

    private static final String CONFIG = """
            defaults
                mode http
                timeout connect 1s
                timeout client 5s
                timeout server 5s

            frontend web
                bind 127.0.0.1:%d
                default_backend nodes

            backend nodes
                balance %s
                server raspberrypi01 192.168.1.200:8000
                server raspberrypi02 192.168.1.201:8000
            """;

    @TempDir
    Path data;

    private Vertx vertx;
    private Rack rack;
    private HealthService health;
    private ProxyService proxy;
    private LabService lab;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @BeforeEach
    void startLab() throws IOException {
        vertx = Vertx.vertx();
        LabSettings settings = new Settings(data);
        LabEvents events = new LabEvents();
        rack = new Rack(vertx, settings, events);
        health = new HealthService(vertx, rack, events);
        proxy = new ProxyService(vertx, rack, events, health, settings);
        lab = new LabService(settings, rack, health, proxy, events, new ConfigHistory(data));
        rack.load(new RackSpec(List.of(new PiSpec("raspberrypi01", "192.168.1.200:8000", PiSpec.DEFAULT_MODEL),
                new PiSpec("raspberrypi02", "192.168.1.201:8000", PiSpec.DEFAULT_MODEL))));
    }

    @AfterEach
    void stopLab() {
        proxy.stop();
        health.stop();
        vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private int get(int port) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void shouldKeepTheRunningConfigWhenTheNewPortIsTaken() throws Exception {
        int port = freePort();
        String first = String.format(CONFIG, port, "roundrobin");
        assertThat(lab.apply(first).applied()).isTrue();
        assertThat(get(port)).isEqualTo(200);

        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String second = String.format(CONFIG, taken.getLocalPort(), "static-rr");
            assertThatThrownBy(() -> lab.apply(second)).isInstanceOf(PortUnavailableException.class)
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()))
                    .hasMessageContaining("change the port on the frontend's 'bind' line");
        }
        assertThat(lab.running().config().text()).isEqualTo(first);
        assertThat(proxy.findFrontends()).singleElement().extracting(f -> f.ports()).isEqualTo(List.of(port));
        assertThat(get(port)).as("the old frontend still answers").isEqualTo(200);
        assertThat(new ConfigHistory(data).findAll()).as("the refused config is not a version").hasSize(1);
    }

    @Test
    void shouldKeepTheSocketWhenTheBindLineStaysAndMoveWhenItChanges() throws Exception {
        int port = freePort();
        lab.apply(String.format(CONFIG, port, "roundrobin"));
        lab.apply(String.format(CONFIG, port, "static-rr"));
        assertThat(proxy.findFrontends()).singleElement().extracting(f -> f.ports()).isEqualTo(List.of(port));
        assertThat(get(port)).isEqualTo(200);

        int moved = freePort();
        lab.apply(String.format(CONFIG, moved, "static-rr"));
        assertThat(get(moved)).isEqualTo(200);
        assertThat(proxy.findFrontends()).singleElement().extracting(f -> f.ports()).isEqualTo(List.of(moved));
        // a new TCP connection, not the HTTP client's pooled one: the old port stops listening once drained
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(8)).untilAsserted(() ->
                assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close())
                        .as("the old port closes once drained").isInstanceOf(java.net.ConnectException.class));
    }

    @Test
    void shouldAddAVirtualPiWhenANewServerAddressAppears() throws Exception {
        int port = freePort();
        String grown = String.format(CONFIG, port, "roundrobin")
                + "    server raspberrypi03 192.168.1.202:8000\n";
        LabService.Applied applied = lab.apply(grown);
        assertThat(applied.added()).singleElement().satisfies(pi -> {
            assertThat(pi.number()).isEqualTo(3);
            assertThat(pi.name()).isEqualTo("raspberrypi03");
            assertThat(pi.address()).isEqualTo("192.168.1.202:8000");
            assertThat(pi.power()).isEqualTo("on");
        });
        assertThat(applied.report().warnings()).anyMatch(d -> d.message().contains("added virtual Pi #3"));
        assertThat(rack.findAll()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(get(port)).isEqualTo(200); // all three answer, the new one included
        }
        assertThat(rack.find("raspberrypi03").served()).isEqualTo(1);

        lab.apply(String.format(CONFIG, port, "roundrobin"));
        assertThat(rack.findAll()).as("Pis are never removed on apply").hasSize(3);
    }

    /** The settings this test needs: real ports, simulated Pis, history under a temp folder. */
    private record Settings(Path dataDir) implements LabSettings {
        public Mode mode() {
            return Mode.SIMULATED;
        }

        public Optional<Path> config() {
            return Optional.empty();
        }

        public String scenario() {
            return "tutorial";
        }

        public int privilegedPortShift() {
            return 10000;
        }

        public boolean ephemeralPorts() {
            return false;
        }
    }
}
