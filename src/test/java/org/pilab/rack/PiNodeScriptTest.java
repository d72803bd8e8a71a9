package org.pilab.rack;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** simulator/pi-node/pi_node.py, the server makers run on real Pis, answers like a virtual Pi (on loopback here). */
class PiNodeScriptTest {

    @Test
    void shouldGreetLikeAVirtualPiAndAnswerHead() throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "Skipping: /usr/bin/python3 is missing");
        Process process = new ProcessBuilder(python.toString(), "simulator/pi-node/pi_node.py", "--number", "2",
                "--bind", "127.0.0.1", "--port", "0", "--address", "192.168.1.201").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String banner = out.readLine();
            assertThat(banner).startsWith("raspberry pi #2 listening on 127.0.0.1:");
            int port = Integer.parseInt(banner.substring(banner.lastIndexOf(':') + 1));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(get.statusCode()).isEqualTo(200);
            assertThat(get.body()).isEqualTo("Hello from raspberry pi #2 at 192.168.1.201!\n");
            HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
        } finally {
            process.destroy();
        }
    }
}
