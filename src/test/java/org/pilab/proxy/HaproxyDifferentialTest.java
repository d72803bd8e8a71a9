package org.pilab.proxy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pilab.LabFixture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same cluster behind real HAProxy 2.6 and behind the lab's balancer: both use the lab's virtual Pis (their
 * loopback sockets), so a Pi killed through the API is dead for both. Round-robin order, the checks' verdicts and
 * the 503 page must be the same.
 */
@QuarkusTest
class HaproxyDifferentialTest {

    @jakarta.inject.Inject
    org.pilab.engine.LabService lab;

    private static final String CONFIG = """
            global
                stats socket @SOCKET@ mode 600 level admin

            defaults
                mode http
                timeout connect 1s
                timeout client 5s
                timeout server 5s

            frontend raspberrypinodes
                bind 127.0.0.1:%d
                default_backend nodes

            backend nodes
                balance roundrobin
                option forwardfor
                http-request set-header X-Forwarded-Port %%[dst_port]
                option httpchk HEAD / HTTP/1.1\\r\\nHost:localhost
                server raspberrypi01 %s check inter 100ms
                server raspberrypi02 %s check inter 100ms
                server raspberrypi03 %s check inter 100ms
            """;

    @AfterEach
    void healthyRack() {
        LabFixture.reviveAll();
    }

    private static RealHaproxy startHaproxy(int port) throws Exception {
        RealHaproxy.assumeInstalled();
        JsonPath rack = given().when().get("/api/rack").then().extract().jsonPath();
        List<String> sockets = rack.getList("pis.socket");
        return RealHaproxy.start(String.format(CONFIG, port, sockets.get(0), sockets.get(1), sockets.get(2)), port);
    }

    @Test
    void shouldRotateAndSkipADownPiLikeRealHaproxy() throws Exception {
        int port = RealHaproxy.freePort();
        try (RealHaproxy haproxy = startHaproxy(port)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> "UP".equals(haproxy.status("nodes", "raspberrypi03")));
            lab.reload(); // real HAProxy starts fresh: so does the lab's round robin, and both share one history
            List<Integer> real = piNumbers(port, 6);
            List<Integer> labPicks = piNumbers(LabFixture.balancerPort(), 6);
            assertThat(real).containsExactly(1, 2, 3, 1, 2, 3);
            assertThat(labPicks).isEqualTo(real);

            given().when().post("/api/rack/pis/3/kill").then().statusCode(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> "DOWN".equals(haproxy.status("nodes", "raspberrypi03")));
            LabFixture.awaitState("raspberrypi03", "DOWN");
            assertThat(haproxy.checkStatus("nodes", "raspberrypi03")).endsWith("L4CON");
            assertThat(given().when().get("/api/rack/pis/3").then().extract().jsonPath().getString("servers[0].checkStatus"))
                    .endsWith("L4CON");

            List<Integer> realAfter = piNumbers(port, 6);
            List<Integer> labAfter = piNumbers(LabFixture.balancerPort(), 6);
            assertThat(realAfter).containsOnly(1, 2);
            assertThat(labAfter).isEqualTo(realAfter);
        }
    }

    @Test
    void shouldSendTheSame503BytesAsRealHaproxyWhenEveryPiIsDown() throws Exception {
        int port = RealHaproxy.freePort();
        try (RealHaproxy haproxy = startHaproxy(port)) {
            for (int pi = 1; pi <= 3; pi++) {
                given().when().post("/api/rack/pis/{id}/kill", pi).then().statusCode(200);
            }
            for (int pi = 1; pi <= 3; pi++) {
                String name = "raspberrypi0" + pi;
                await().atMost(Duration.ofSeconds(5)).until(() -> "DOWN".equals(haproxy.status("nodes", name)));
                LabFixture.awaitState(name, "DOWN");
            }
            String real = rawGet(port);
            String lab = rawGet(LabFixture.balancerPort());
            assertThat(real).startsWith("HTTP/1.1 503 Service Unavailable\r\n");
            assertThat(lab).isEqualTo(real);
        }
    }

    /** Which Pi answered each of <n> GETs on <port>. */
    private static List<Integer> piNumbers(int port, int n) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = given().baseUri("http://127.0.0.1").port(port).when().get("/")
                    .then().statusCode(200).extract().asString();
            out.add(Integer.parseInt(body.substring(body.indexOf('#') + 1, body.indexOf(' ', body.indexOf('#')))));
        }
        return out;
    }

    /** One HTTP/1.1 GET over a raw socket; returns every byte until the response is complete. */
    private static String rawGet(int port) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(5000);
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
