package org.pilab;

import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Shared helpers for tests against the one running lab (one Quarkus boot for the whole suite). */
public final class LabFixture {

    public static final Duration STATE_TIMEOUT = Duration.ofSeconds(10);

    private LabFixture() {
    }

    /** The port the balancer's frontend really listens on (ephemeral in tests). */
    public static int balancerPort() {
        return given().when().get("/api/rack").then().statusCode(200).extract().jsonPath().getInt("frontends[0].ports[0]");
    }

    /** The state of <pi>'s server in backend {@code nodes}, as the stats page writes it. */
    public static String stateOf(String pi) {
        JsonPath json = given().when().get("/api/rack/pis/{id}", pi).then().statusCode(200).extract().jsonPath();
        List<String> states = json.getList("servers.state");
        return states.isEmpty() ? null : states.get(0);
    }

    public static void awaitState(String pi, String state) {
        await().atMost(STATE_TIMEOUT).pollInterval(Duration.ofMillis(20)).until(() -> state.equals(stateOf(pi)));
    }

    /** The running haproxy.cfg text. */
    public static String runningConfig() {
        return given().when().get("/api/config").then().statusCode(200).extract().asString();
    }

    /** Applies <original> again if a test changed the running config, so the next test finds the shared lab as it was. */
    public static void restoreConfig(String original) {
        if (!original.equals(runningConfig())) {
            given().contentType("text/plain").body(original).when().put("/api/config").then().statusCode(200);
        }
    }

    /** Revives every Pi and waits until all are UP again, so each test starts from the tutorial's healthy rack. */
    public static void reviveAll() {
        for (String pi : List.of("raspberrypi01", "raspberrypi02", "raspberrypi03")) {
            given().when().post("/api/rack/pis/{id}/revive", pi).then().statusCode(200);
        }
        for (String pi : List.of("raspberrypi01", "raspberrypi02", "raspberrypi03")) {
            awaitState(pi, "UP");
        }
    }
}
