package org.pilab.proxy;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.proxy.balance.Balancer;
import org.pilab.proxy.balance.Balancers;
import org.pilab.proxy.balance.PickContext;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab's roundrobin (a port of HAProxy's FWRR) and real HAProxy 2.6 run the same script of picks, weights and
 * server down/up events (runtime API {@code disable server} / {@code enable server}); the pick orders must be
 * identical. Includes the case where a server revived after a long run rejoins a dozen picks later.
 */
class RoundRobinDifferentialTest {

    private final List<HttpServer> servers = new ArrayList<>();
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startServers() throws IOException {
        RealHaproxy.assumeInstalled();
        for (String name : List.of("a", "b", "c", "d")) {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    in.readAllBytes();
                }
                byte[] body = name.getBytes(StandardCharsets.US_ASCII);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            servers.add(server);
            ports.put(name, server.getAddress().getPort());
        }
    }

    @AfterEach
    void stopServers() {
        servers.forEach(s -> s.stop(0));
    }

    @Test
    void shouldPickInTheSameOrderWithEqualWeights() throws Exception {
        compare(Map.of("a", 1, "b", 1, "c", 1), "12");
    }

    @Test
    void shouldPickInTheSameOrderWithWeights() throws Exception {
        compare(Map.of("a", 3, "b", 2, "c", 1), "30");
        compare(Map.of("a", 2, "b", 5, "c", 3, "d", 1), "33");
    }

    @Test
    void shouldRejoinLikeRealHaproxyWhenAServerComesBack() throws Exception {
        compare(Map.of("a", 1, "b", 1, "c", 1), "1 -b 4 +b 9");
        compare(Map.of("a", 1, "b", 1, "c", 1), "-a 5 +a 6");
    }

    @Test
    void shouldRejoinLikeRealHaproxyAfterEveryServerWentDownAfterALongRun() throws Exception {
        compare(Map.of("a", 1, "b", 1, "c", 1), "31 -a -b -c +a +b +c 30");
    }

    /**
     * Runs <script> on both: a number means that many picks, {@code -x} takes server x down, {@code +x} brings it
     * back. Servers have no checks, so only the script changes their state.
     */
    private void compare(Map<String, Integer> weights, String script) throws Exception {
        List<String> names = ports.keySet().stream().filter(weights::containsKey).toList();
        int port = RealHaproxy.freePort();
        StringBuilder config = new StringBuilder("""
                global
                    stats socket @SOCKET@ mode 600 level admin
                defaults
                    mode http
                    timeout connect 1s
                    timeout client 5s
                    timeout server 5s
                frontend fe
                    bind 127.0.0.1:%d
                    default_backend be
                backend be
                    balance roundrobin
                """.formatted(port));
        for (String name : names) {
            config.append("    server ").append(name).append(" 127.0.0.1:").append(ports.get(name))
                    .append(" weight ").append(weights.get(name)).append('\n');
        }
        List<String> real = new ArrayList<>();
        List<String> lab = new ArrayList<>();
        Balancer<String> balancer = Balancers.create("roundrobin", List.of(), names, weights::get, s -> false, s -> 0);
        try (RealHaproxy haproxy = RealHaproxy.start(config.toString(), port)) {
            for (String step : script.split(" ")) {
                if (step.startsWith("-") || step.startsWith("+")) {
                    boolean up = step.startsWith("+");
                    String server = step.substring(1);
                    haproxy.command((up ? "enable" : "disable") + " server be/" + server);
                    balancer.setUsable(server, up);
                    real.add(step);
                    lab.add(step);
                    continue;
                }
                for (int i = 0; i < Integer.parseInt(step); i++) {
                    real.add(get(port));
                    lab.add(balancer.pick(PickContext.none()).orElse("-"));
                }
            }
        }
        assertThat(String.join(" ", lab)).as("weights %s, script %s", weights, script).isEqualTo(String.join(" ", real));
    }

    private String get(int port) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body() : "-";
    }
}
