package org.pilab.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilab.LabFixture;

import java.net.URL;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner at {@code /config} in Chromium: the running config is in CodeMirror, they type the blog's legacy
 * {@code listen stats *:1936}, press Check, and see the error marked on its line with the fix; clicking the error
 * puts the cursor on that line. Then they apply a valid change and restore the version before it.
 */
@QuarkusTest
class ConfigPageBrowserTest {

    private static final double TIMEOUT_MS = 10_000;

    @TestHTTPResource("/config")
    URL editor;

    private String original;

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
    void shouldMarkTheLegacyListenErrorOnItsLineWhenTheLearnerChecks() {
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage("light");
            page.navigate(editor.toString());
            Locator codeMirror = page.locator(".CodeMirror");
            assertThat(codeMirror).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(TIMEOUT_MS));
            assertThat(codeMirror).containsText("balance roundrobin");
            assertThat(page.locator(".CodeMirror-linenumber").first()).isVisible();

            // type the blog's stats section at the end of the file, as a learner would
            int lines = (int) page.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.lineCount()");
            page.evaluate("() => { const cm = document.querySelector('.CodeMirror').CodeMirror;"
                    + " cm.focus(); cm.setCursor(cm.lineCount(), 0); }");
            page.keyboard().type("\nlisten stats *:1936\nstats enable\nstats uri /\n");
            int listenLine = lines + 1;

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check").setExact(true)).click();

            Locator error = page.locator("#result li.diag-error").first();
            assertThat(error).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(TIMEOUT_MS));
            assertThat(error).hasAttribute("data-line", String.valueOf(listenLine));
            assertThat(error).containsText("error");
            assertThat(error).containsText("Fix:");
            assertThat(error.locator(".haproxy-words")).containsText("bind");
            assertThat(page.locator("#result .verdict")).containsText("Apply would refuse it");
            // auto-indent put the keywords under the section, and the blank last line it left is not an error
            assertThat(page.locator("#result pre.diff")).containsText("+    stats enable");
            assertThat(page.locator("#result li.diag-error")).hasCount(3);
            assertThat(page.locator("#result pre.diff")).containsText("+listen stats *:1936");

            // the marker sits in the gutter of that very line, with a symbol (not colour alone)
            Locator markedLine = page.locator(".CodeMirror-code > div").nth(listenLine - 1);
            assertThat(markedLine.locator(".gutter-error")).hasText("\u2716");
            assertThat(markedLine.locator(".line-error")).hasCount(1);

            error.locator("button.jump").click();
            Object cursorLine = page.evaluate("() => document.querySelector('.CodeMirror').CodeMirror.getCursor().line + 1");
            assertThat(((Number) cursorLine).intValue()).isEqualTo(listenLine);

            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/config-editor.png")).setFullPage(true));

            // fix it differently: apply a valid change, then restore the version that ran before
            int before = given().when().get("/api/config/history").then().extract().jsonPath().getInt("[0].id");
            page.evaluate("text => document.querySelector('.CodeMirror').CodeMirror.setValue(text)",
                    original.replace("balance roundrobin", "balance static-rr"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply").setExact(true)).click();
            assertThat(page.locator("#result .verdict")).hasAttribute("data-action", "applied",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(TIMEOUT_MS));
            assertThat(page.locator("#result pre.diff")).containsText("+    balance static-rr");
            assertThat(page.locator("#history tbody tr").first()).containsText("balance static-rr",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(TIMEOUT_MS));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore #" + before).setExact(true)).click();
            assertThat(page.locator("#result .verdict")).containsText("Restored version " + before,
                    new LocatorAssertions.ContainsTextOptions().setTimeout(TIMEOUT_MS));
            assertThat(codeMirror).containsText("balance roundrobin", new LocatorAssertions.ContainsTextOptions().setTimeout(TIMEOUT_MS));
            assertThat(codeMirror).not().containsText("balance static-rr");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/config-restored.png")).setFullPage(true));

            Page dark = browser.newPage("dark");
            dark.navigate(editor.toString());
            assertThat(dark.locator(".CodeMirror")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(TIMEOUT_MS));
            dark.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/config-editor-dark.png")).setFullPage(true));
        }
        given().when().get("/api/config").then().body(org.hamcrest.Matchers.equalTo(original));
    }
}
