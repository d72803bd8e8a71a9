package org.pilab;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pilab.LabFixture.awaitState;
import static org.pilab.LabFixture.balancerPort;

/** The tutorial's cluster end to end: round robin through the balancer, a Pi killed, detected and revived. */
@QuarkusTest
class BalancerTest {

    @jakarta.inject.Inject
    org.pilab.engine.LabService lab;

    private static final Pattern GREETING = Pattern.compile("Hello from raspberry pi #(\\d) at (192\\.168\\.1\\.20\\d)!\n");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    @AfterEach
    void healthyRack() {
        LabFixture.reviveAll();
    }

    /** Sends <n> GETs through the balancer; every one must succeed. Returns the Pi numbers that answered. */
    private static List<Integer> send(int n) {
        int port = balancerPort();
        List<Integer> pis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String body = given().baseUri("http://127.0.0.1").port(port)
                    .when().get("/")
                    .then().statusCode(200).extract().asString();
            Matcher m = GREETING.matcher(body);
            assertThat(m.matches()).as("greeting %s", body).isTrue();
            int number = Integer.parseInt(m.group(1));
            assertThat(m.group(2)).isEqualTo("192.168.1." + (199 + number));
            pis.add(number);
        }
        return pis;
    }

    @Test
    void shouldRotateOverThePisInDeclarationOrderAfterAReload() {
        // Other tests leave the round robin somewhere in its history (a revived Pi rejoins at a new position,
        // reference §2.3); a reload starts it over, as it would on HAProxy.
        lab.reload();
        assertThat(send(6)).containsExactly(1, 2, 3, 1, 2, 3);
    }

    @Test
    void shouldTakeAKilledPiOutOfRotationAfterFallChecksAndBringItBackAfterRevive() {
        given().when().post("/api/rack/pis/3/kill")
                .then().statusCode(200)
                .body("power", org.hamcrest.Matchers.equalTo("off"));
        // fall 3 x inter 100ms: DOWN well within the timeout
        awaitState("raspberrypi03", "DOWN");
        given().when().get("/api/rack/pis/raspberrypi03")
                .then().body("servers[0].checkStatus", org.hamcrest.Matchers.containsString("L4CON"))
                .body("servers[0].checkInfo", org.hamcrest.Matchers.equalTo("Connection refused"));

        List<Integer> pis = send(6);
        assertThat(pis).containsOnly(1, 2);
        for (int i = 1; i < pis.size(); i++) {
            assertThat(pis.get(i)).as("alternates: %s", pis).isNotEqualTo(pis.get(i - 1));
        }

        given().when().post("/api/rack/pis/raspberrypi03/revive").then().statusCode(200)
                .body("power", org.hamcrest.Matchers.equalTo("on"));
        awaitState("raspberrypi03", "UP");
        // It rejoins a little later, never next (reference §2.3); bounded by 30 requests.
        List<Integer> after = new ArrayList<>();
        for (int i = 0; i < 30 && !after.contains(3); i++) {
            after.addAll(send(1));
        }
        assertThat(after).contains(3);
    }

    @Test
    void shouldAnswerHaproxys503WhenNoPiIsUsable() {
        for (int pi = 1; pi <= 3; pi++) {
            given().when().post("/api/rack/pis/{id}/kill", pi).then().statusCode(200);
        }
        for (int pi = 1; pi <= 3; pi++) {
            awaitState("raspberrypi0" + pi, "DOWN");
        }
        Response response = given().baseUri("http://127.0.0.1").port(balancerPort()).when().get("/");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.header("cache-control")).isEqualTo("no-cache");
        assertThat(response.header("content-type")).isEqualTo("text/html");
        assertThat(response.asString()).isEqualTo("<html><body><h1>503 Service Unavailable</h1>\n"
                + "No server is available to handle this request.\n</body></html>\n");
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks[0].data.nodes", org.hamcrest.Matchers.equalTo("0/3 usable"));
    }
}
