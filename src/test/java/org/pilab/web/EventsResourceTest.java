package org.pilab.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pilab.LabFixture;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The SSE stream shows a killed Pi's server going UP 2/3, UP 1/3, DOWN, with HAProxy's log line. */
@QuarkusTest
class EventsResourceTest {

    @TestHTTPResource("/api/events")
    URL events;

    @AfterEach
    void healthyRack() {
        LabFixture.reviveAll();
    }

    @Test
    void shouldStreamEveryStepOfAKilledPiGoingDown() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(events.toString())).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (java.io.IOException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            given().when().post("/api/rack/pis/raspberrypi03/kill").then().statusCode(200);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(String.join("\n", lines))
                    .contains("pi-power")
                    .contains("\"to\":\"UP 2/3\"")
                    .contains("\"to\":\"UP 1/3\"")
                    .contains("\"to\":\"DOWN\"")
                    .contains("Server nodes/raspberrypi03 is DOWN, reason: Layer4 connection problem, info: \\\"Connection refused\\\""));
        } finally {
            response.body().close();
        }
    }
}
