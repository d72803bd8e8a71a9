package org.pilab.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.LabFixture;
import org.pilab.config.CheckReport;
import org.pilab.config.ConfigChecker;
import org.pilab.engine.LineDiff;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** {@code /config} without a browser: the page, the htmx fragments, the no-JavaScript form posts. */
@QuarkusTest
class ConfigPageTest {

    private String original;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @BeforeEach
    void readRunningConfig() {
        original = LabFixture.runningConfig();
    }

    @AfterEach
    void restoreOriginalConfig() {
        LabFixture.restoreConfig(original);
        LabFixture.reviveAll();
    }

    @Test
    void shouldShowTheRunningConfigInTheEditorWithCheckApplyAndHistory() {
        given().when().get("/config").then().statusCode(200)
                .body(containsString("<textarea id=\"config-text\" name=\"text\""))
                .body(containsString("balance roundrobin"))
                .body(containsString("/webjars/codemirror/5.65.16/lib/codemirror.js"))
                .body(containsString(">Check</button>"))
                .body(containsString(">Apply</button>"))
                .body(containsString("Restore #"))
                .body(containsString("href=\"/config\""));
        given().when().get("/webjars/codemirror/5.65.16/lib/codemirror.js").then().statusCode(200);
        given().when().get("/config-editor.js").then().statusCode(200);
    }

    @Test
    void shouldAnswerTheResultFragmentWithTheErrorLineAndDiffWhenHtmxChecks() {
        String broken = original.replace("balance roundrobin", "balanse roundrobin");
        given().header("HX-Request", "true").formParam("text", broken)
                .when().post("/config/check")
                .then().statusCode(200)
                .body(not(containsString("<html")))
                .body(containsString("data-severity=\"error\""))
                .body(containsString("unknown keyword &#39;balanse&#39;"))
                .body(containsString("<span class=\"d-removed\">-    balance roundrobin</span>"))
                .body(containsString("<span class=\"d-added\">+    balanse roundrobin</span>"));
        given().when().get("/api/config").then().body(org.hamcrest.Matchers.equalTo(original));
    }

    @Test
    void shouldCheckAConfigLongerThanTheDefaultFormLimitWhenPosted() {
        String padded = "# " + "a long comment line, as the blog's config has ".repeat(100) + "\n" + original;
        assertThat(padded.length()).isGreaterThan(4096);
        given().header("HX-Request", "true").formParam("text", padded)
                .when().post("/config/check")
                .then().statusCode(200)
                .body(containsString("Apply would run it"));
    }

    @Test
    void shouldApplyFromAPlainFormPostWhenJavaScriptIsOff() {
        String staticRr = original.replace("balance roundrobin", "balance static-rr");
        given().formParam("text", staticRr.replace("\n", "\r\n"))
                .when().post("/config/apply")
                .then().statusCode(200)
                .body(containsString("<html"))
                .body(containsString("data-action=\"applied\""))
                .body(containsString("balance static-rr"));
        given().when().get("/api/config").then().body(org.hamcrest.Matchers.equalTo(staticRr));
    }

    @Test
    void shouldShowTheLenientBannerWithTheFixForTheBlogsListenStats() throws IOException {
        String tutorial;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("simulator/scenarios/tutorial/haproxy.cfg")) {
            tutorial = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CheckReport strict = ConfigChecker.check("haproxy.cfg", tutorial);
        String fixed = LegacyListenFix.fix(tutorial);
        assertThat(fixed).contains("listen stats\n    bind *:1936\n").doesNotContain("listen stats *:1936");
        assertThat(ConfigChecker.check("haproxy.cfg", fixed).accepted()).isTrue();

        ConfigEditorView.Lenient lenient = new ConfigEditorView.Lenient(ConfigEditorView.Item.of(strict.errors().get(0)), fixed);
        ConfigEditorView.Result result = new ConfigEditorView.Result("checked", "checked", strict.verdict().json(),
                ConfigEditorView.items(strict), LineDiff.diff(tutorial, tutorial), "What Apply would change");
        String html = ConfigPage.Templates.page(new ConfigEditorView(tutorial, result, lenient, HistoryView.of(List.of()))).render();

        int line = strict.errors().get(0).line();
        assertThat(tutorial.split("\n")[line - 1]).isEqualTo("listen stats *:1936");
        assertThat(html).contains("real HAProxy 2.6 would refuse it")
                .contains("Line " + line + ":")
                .contains("data-line=\"" + line + "\" data-severity=\"error\"")
                .contains("Load the fixed config into the editor")
                .contains("Show line " + line + "</button>")
                .contains("<strong>Fix:</strong>");
    }
}
