package org.pilab.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilab.LabFixture;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class RackResourceTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterEach
    void healthyRack() {
        LabFixture.reviveAll();
    }

    @Test
    void shouldListTheTutorialsThreePisWithTheirDisplayAddressesAndLoopbackSockets() {
        given().when().get("/api/rack")
                .then().statusCode(200)
                .body("mode", equalTo("simulated"))
                .body("pis", hasSize(3))
                .body("pis.name", contains("raspberrypi01", "raspberrypi02", "raspberrypi03"))
                .body("pis.address", contains("192.168.1.200:8000", "192.168.1.201:8000", "192.168.1.202:8000"))
                .body("pis.socket", org.hamcrest.Matchers.everyItem(matchesPattern("127\\.0\\.0\\.1:\\d+")))
                .body("pis[0].servers[0].backend", equalTo("nodes"))
                .body("pis[0].servers[0].server", equalTo("raspberrypi01"))
                .body("frontends[0].name", equalTo("raspberrypinodes"))
                .body("frontends[0].binds[0]", equalTo("*:80"));
    }

    @Test
    void shouldFindAPiByNameOrNumber() {
        given().when().get("/api/rack/pis/2").then().statusCode(200).body("name", equalTo("raspberrypi02"));
        given().when().get("/api/rack/pis/raspberrypi02").then().statusCode(200).body("number", equalTo(2));
    }

    @Test
    void shouldAnswer404WithAHintWhenThePiIsUnknown() {
        given().when().post("/api/rack/pis/raspberrypi09/kill")
                .then().statusCode(404)
                .body("code", equalTo("UNKNOWN_PI"))
                .body("message", containsString("raspberrypi01"));
    }

    @Test
    void shouldRefuseConnectionsToAKilledPiAndServeAgainAfterRevive() throws Exception {
        String socket = given().when().get("/api/rack/pis/1").then().extract().path("socket");
        int port = Integer.parseInt(socket.substring(socket.indexOf(':') + 1));
        given().baseUri("http://127.0.0.1").port(port).when().get("/")
                .then().statusCode(200).body(equalTo("Hello from raspberry pi #1 at 192.168.1.200!\n"));
        given().when().post("/api/rack/pis/1/kill").then().statusCode(200).body("power", equalTo("off"));
        org.junit.jupiter.api.Assertions.assertThrows(java.net.ConnectException.class,
                () -> new java.net.Socket("127.0.0.1", port).close());
        given().when().post("/api/rack/pis/1/revive").then().statusCode(200)
                .body("power", equalTo("on")).body("socket", equalTo(socket));
        given().baseUri("http://127.0.0.1").port(port).when().head("/").then().statusCode(200);
    }

    @Test
    void shouldServeTheRunningConfig() {
        given().when().get("/api/config")
                .then().statusCode(200)
                .contentType(containsString("text/plain"))
                .body(containsString("backend nodes"), containsString("server raspberrypi03 192.168.1.202:8000 check"));
    }

    @Test
    void shouldReportEachBackendInReadiness() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks[0].name", equalTo("pi-cluster-lab"))
                .body("checks[0].data.nodes", equalTo("3/3 usable"));
    }

    @Test
    void shouldRenderTheRackPageWithEveryPiAndItsControls() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("raspberrypi01"), containsString("192.168.1.202:8000"),
                        containsString("hx-post=\"/api/rack/pis/raspberrypi03/kill\""),
                        containsString("sse-connect=\"/api/events\""), not(containsString("{pi.")));
        given().when().get("/_fragments/rack").then().statusCode(200)
                .body(containsString("<table class=\"rack\">"), not(containsString("<html")));
    }
}
