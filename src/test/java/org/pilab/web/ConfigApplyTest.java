package org.pilab.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.LabFixture;
import org.pilab.engine.ConfigHistory;
import org.pilab.proxy.ProxyService;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;

/**
 * {@code PUT /api/config} on the running lab: valid configs swap in and keep state, invalid ones change nothing,
 * every applied version lands in the history, and applying under load loses no request.
 */
@QuarkusTest
class ConfigApplyTest {

    private static final String BACKEND = "nodes";

    @Inject
    ProxyService proxy;

    @Inject
    ConfigHistory history;

    private String original;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void readRunningConfig() {
        LabFixture.reviveAll();
        original = LabFixture.runningConfig();
        assertThat(original).contains("balance roundrobin");
    }

    @AfterEach
    void restoreOriginalConfig() {
        LabFixture.restoreConfig(original);
        LabFixture.reviveAll();
    }

    private static io.restassured.response.Response put(String text) {
        return given().contentType("text/plain").body(text).when().put("/api/config");
    }

    private static JsonPath pi(String name) {
        return given().when().get("/api/rack/pis/{id}", name).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void shouldRunTheNewConfigAndKeepServerStateAndCountersWhenTheConfigIsValid() {
        // raspberrypi02 goes DOWN and back UP once, so it has a chkdown worth keeping
        given().post("/api/rack/pis/raspberrypi02/kill").then().statusCode(200);
        LabFixture.awaitState("raspberrypi02", "DOWN");
        given().post("/api/rack/pis/raspberrypi02/revive").then().statusCode(200);
        LabFixture.awaitState("raspberrypi02", "UP");
        everyPiAnswers();
        int chkdown = pi("raspberrypi02").getInt("servers[0].chkdown");
        long served = proxy.findCounters(BACKEND, "raspberrypi01").orElseThrow().snapshot().stot();
        assertThat(chkdown).isGreaterThanOrEqualTo(1);
        assertThat(served).isPositive();

        String staticRr = original.replace("balance roundrobin", "balance static-rr")
                .replace("set-header X-Forwarded-Port %[dst_port]", "set-header X-Forwarded-Port %[dst_port]\n    http-request set-header X-Lab applied");
        put(staticRr).then().statusCode(200)
                .body("verdict", isOneOf("valid", "warnings"))
                .body("errors", hasSize(0));

        given().when().get("/api/config").then().statusCode(200).body(equalTo(staticRr));
        everyPiAnswers(); // through the new config
        JsonPath two = pi("raspberrypi02");
        assertThat(two.getString("servers[0].state")).isEqualTo("UP");
        assertThat(two.getInt("servers[0].chkdown")).as("chkdown kept across the apply").isEqualTo(chkdown);
        assertThat(proxy.findCounters(BACKEND, "raspberrypi01").orElseThrow().snapshot().stot())
                .as("stot kept across the apply").isGreaterThan(served);
    }

    @Test
    void shouldAnswer400AndChangeNothingWhenTheConfigHasAMisspeltKeyword() {
        String broken = original.replace("balance roundrobin", "balanse roundrobin");
        int line = lineOf(broken, "balanse roundrobin");
        int versions = history.findAll().size();

        put(broken).then().statusCode(400)
                .body("verdict", equalTo("invalid"))
                .body("errors[0].line", equalTo(line))
                .body("errors[0].severity", equalTo("error"))
                .body("errors[0].haproxy", containsString("unknown keyword 'balanse'"));

        given().when().get("/api/config").then().statusCode(200).body(equalTo(original));
        assertThat(history.findAll()).as("a rejected config is not a version").hasSize(versions);
        everyPiAnswers();
    }

    @Test
    void shouldSaveEveryAppliedVersionAndRestoreAnOldOne() {
        int before = given().when().get("/api/config/history").then().statusCode(200).extract().jsonPath().getList("$").size();
        String first = original.replace("balance roundrobin", "balance static-rr");
        String second = original.replace("option forwardfor", "option forwardfor\n    retries 2");
        put(first).then().statusCode(200);
        put(second).then().statusCode(200);

        JsonPath list = given().when().get("/api/config/history").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("$")).hasSize(before + 2);
        int secondId = list.getInt("[0].id");
        int firstId = list.getInt("[1].id");
        assertThat(secondId).isEqualTo(firstId + 1);
        assertThat(list.getString("[0].summary")).startsWith("+2 \u22121").contains("balance roundrobin");
        assertThat(list.getString("[1].verdict")).isIn("valid", "warnings");
        given().when().get("/api/config/history/{id}", firstId).then().statusCode(200).body(equalTo(first));

        Path dir = history.directory();
        assertThat(dir.toString()).contains("target");
        assertThat(list.getString("[0].file")).matches("\\d{4}-\\d{8}T\\d{6}\\.\\d{3}Z\\.cfg");
        assertThat(Files.exists(dir.resolve(list.getString("[0].file")))).isTrue();
        assertThat(Files.exists(dir.resolve(list.getString("[1].file")))).isTrue();
        assertThat(dir.getParent().resolve("current.cfg")).hasContent(second);

        given().when().post("/api/config/history/{id}/restore", firstId).then().statusCode(200)
                .body("verdict", isOneOf("valid", "warnings"));
        given().when().get("/api/config").then().body(equalTo(first));
        given().when().get("/api/config/history").then().body("[0].id", equalTo(secondId + 1));
        given().when().get("/api/config/history/{id}", 999_999).then().statusCode(404).body("code", equalTo("UNKNOWN_VERSION"));
    }

    /**
     * Four clients send at most 300 requests each (for at most 20 s) to the balancer while five configs are
     * applied one after the other: every answer must be a 200. The frontend keeps its socket across applies, so
     * keep-alive connections stay open and no request is refused or cut.
     */
    @Test
    void shouldLoseNoRequestWhenConfigsAreAppliedUnderLoad() throws Exception {
        List<String> configs = List.of(
                original.replace("balance roundrobin", "balance static-rr"),
                original.replace("check inter 100ms\n    server raspberrypi02", "check inter 100ms weight 3\n    server raspberrypi02"),
                original.replace("set-header X-Forwarded-Port %[dst_port]", "set-header X-Forwarded-Port %[dst_port]\n    http-request set-header X-Lab v3"),
                original.replace("option forwardfor", "option forwardfor\n    option redispatch\n    retries 2"),
                original.replace("balance roundrobin", "balance leastconn"));
        int port = LabFixture.balancerPort();
        int clients = 4;
        int maxPerClient = 300;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        AtomicBoolean appliesDone = new AtomicBoolean();
        AtomicInteger sent = new AtomicInteger();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            List<Future<?>> running = new java.util.ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    int afterApplies = 0;
                    for (int i = 0; i < maxPerClient && System.nanoTime() < deadline; i++) {
                        if (appliesDone.get() && ++afterApplies > 25) {
                            break; // a few more after the last apply, then stop
                        }
                        sent.incrementAndGet();
                        String outcome;
                        try {
                            outcome = String.valueOf(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());
                        } catch (Exception e) {
                            outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
                        }
                        outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                    }
                }));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> sent.get() >= 40);
            int atFirstApply = sent.get();
            for (String config : configs) {
                put(config).then().statusCode(200);
            }
            int atLastApply = sent.get();
            appliesDone.set(true);
            for (Future<?> f : running) {
                f.get(30, TimeUnit.SECONDS);
            }
            System.out.printf("apply under load: %d requests sent, %d while the 5 applies ran, outcomes %s%n",
                    sent.get(), atLastApply - atFirstApply, outcomes);
            assertThat(outcomes.keySet()).as("every answer is a 200: %s", outcomes).containsOnly("200");
            assertThat(atLastApply).as("requests ran during the applies").isGreaterThan(atFirstApply);
        } finally {
            appliesDone.set(true);
            pool.shutdownNow();
            pool.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** Sends GETs through the balancer (at most 30) until each of the three Pis has answered at least once. */
    private static void everyPiAnswers() {
        int port = LabFixture.balancerPort();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 30 && seen.size() < 3; i++) {
            seen.add(given().baseUri("http://127.0.0.1").port(port).when().get("/").then().statusCode(200)
                    .extract().asString());
        }
        assertThat(seen).as("answers from every Pi").hasSize(3);
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError(needle + " not in config");
    }
}
