package org.pilab.proxy;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code lab.mode=real}: no virtual Pis, server addresses dialled as written (127.0.0.1 echo servers here), and
 * the tutorial's header rules checked against what real HAProxy 2.6 sends to the same servers.
 */
@QuarkusTest
@TestProfile(RealModeTest.RealMode.class)
class RealModeTest {

    /**
     * The two echo servers, started once per JVM: Quarkus loads this class in its own class loader too, so the
     * ports travel in a system property rather than in a static field.
     */
    static final int[] PORTS = echoPorts();

    private static synchronized int[] echoPorts() {
        String known = System.getProperty("pilab.test.echo-ports");
        if (known == null) {
            try {
                EchoServer one = new EchoServer("one");
                EchoServer two = new EchoServer("two");
                known = one.port() + "," + two.port();
                System.setProperty("pilab.test.echo-ports", known);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        one.close();
                        two.close();
                    } catch (IOException ignored) {
                        // exiting anyway
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Arrays.stream(known.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    static final String BACKEND = """
            backend nodes
                mode http
                balance roundrobin
                option forwardfor
                http-request set-header X-Forwarded-Port %%[dst_port]
                http-request add-header X-Forwarded-Proto https if { ssl_fc }
                option httpchk HEAD / HTTP/1.1\\r\\nHost:localhost
                server one 127.0.0.1:%d check inter 200ms
                server two 127.0.0.1:%d check inter 200ms
            """.formatted(PORTS[0], PORTS[1]);

    /** The defaults and the frontend both sides share; <extraDefaults> is added to the defaults section. */
    static String frontend(int port, String extraDefaults) {
        return """
                defaults
                    mode http
                    timeout connect 1s
                    timeout client 5s
                    timeout server 5s
                %s
                frontend web
                    bind 127.0.0.1:%d
                    default_backend nodes

                """.formatted(extraDefaults, port);
    }

    public static class RealMode implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("pilab-real");
                Path cfg = dir.resolve("haproxy.cfg");
                Files.writeString(cfg, frontend(80, "    timeout check 2s\n") + BACKEND);
                return Map.of("lab.mode", "real", "lab.config", cfg.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static int balancerPort() {
        return given().when().get("/api/rack").then().extract().jsonPath().getInt("frontends[0].ports[0]");
    }

    @Test
    void shouldDialTheServersAsWrittenWithoutVirtualPis() {
        given().when().get("/api/rack")
                .then().statusCode(200)
                .body("mode", equalTo("real"))
                .body("pis.address", org.hamcrest.Matchers.contains("127.0.0.1:" + PORTS[0], "127.0.0.1:" + PORTS[1]))
                .body("pis.power", org.hamcrest.Matchers.everyItem(equalTo("external")));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get("/api/rack/pis/one")
                .then().body("servers[0].state", equalTo("UP")).body("servers[0].checkStatus", containsString("L7OK")));
        String first = given().baseUri("http://127.0.0.1").port(balancerPort()).when().get("/").then().statusCode(200).extract().asString();
        String second = given().baseUri("http://127.0.0.1").port(balancerPort()).when().get("/").then().statusCode(200).extract().asString();
        assertThat(List.of(first.lines().findFirst().orElseThrow(), second.lines().findFirst().orElseThrow()))
                .containsExactlyInAnyOrder("server=one", "server=two");
    }

    @Test
    void shouldRefuseToKillARealPi() {
        given().when().post("/api/rack/pis/one/kill")
                .then().statusCode(409)
                .body("code", equalTo("REAL_PI"))
                .body("message", containsString("cannot switch it"));
    }

    @Test
    void shouldForwardTheSameHeadersAsRealHaproxy() throws Exception {
        int port = RealHaproxy.freePort();
        String config = frontend(port, "") + BACKEND;
        try (RealHaproxy haproxy = RealHaproxy.start(config, port)) {
            String real = normalise(echo(port), port);
            String lab = normalise(echo(balancerPort()), balancerPort());
            assertThat(lab).isEqualTo(real);
            // reference §3.1: the client's headers kept, set-header replaced, forwardfor appended last
            assertThat(lab).endsWith("x-forwarded-port: PORT\r\nx-forwarded-for: 127.0.0.1\r\n\r\n");
            assertThat(lab).contains("x-forwarded-for: 1.2.3.4\r\n").contains("x-forwarded-proto: http\r\n")
                    .doesNotContain("9999");
        }
    }

    /** What the echo server received for one GET with the reference's client headers (§3.1). */
    private static String echo(int port) {
        return given().baseUri("http://127.0.0.1").port(port)
                .header("X-Forwarded-For", "1.2.3.4")
                .header("X-Forwarded-Port", "9999")
                .header("X-Forwarded-Proto", "http")
                .when().get("/hello?x=1")
                .then().statusCode(200).extract().asString();
    }

    /** Drops the server name line (round robin), and replaces the proxy's own port so both compare. */
    private static String normalise(String echoed, int port) {
        String[] lines = echoed.split("\n", 2);
        return lines[1].replace(String.valueOf(port), "PORT");
    }

}
