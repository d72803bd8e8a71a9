package org.pilab.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code GET /api/config/export}: a file real HAProxy 2.6 accepts. Needs Debian's {@code /usr/sbin/haproxy}: without
 * it the test is skipped with a printed reason, except under {@code CI=true}, where it fails.
 */
@QuarkusTest
class ConfigExportTest {

    static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    @Test
    void shouldExportAConfigThatRealHaproxyAcceptsWhenAsked() throws Exception {
        String exported = given().when().get("/api/config/export").then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=haproxy.cfg")
                .contentType(org.hamcrest.Matchers.startsWith("text/plain"))
                .extract().asString();
        assertThat(exported).contains("backend nodes").contains("server raspberrypi01 192.168.1.200:8000");

        boolean present = Files.isExecutable(HAPROXY);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + HAPROXY + " is missing: apt-get install haproxy");
        }
        if (!present) {
            System.out.println("Skipping haproxy -c of the export: " + HAPROXY + " is missing (apt-get install haproxy)");
        }
        assumeTrue(present, HAPROXY + " is missing");
        Path file = Files.createTempFile("pilab-export", ".cfg");
        try {
            Files.writeString(file, exported, StandardCharsets.UTF_8);
            Process check = new ProcessBuilder(HAPROXY.toString(), "-c", "-f", file.toString()).redirectErrorStream(true).start();
            assertThat(check.waitFor(20, TimeUnit.SECONDS)).as("haproxy -c finished").isTrue();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(check.exitValue()).as("haproxy -c -f on the export said:\n%s\n--- export ---\n%s", output, exported)
                    .isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
