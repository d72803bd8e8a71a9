package org.pilab.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pilab.LabFixture;

import java.net.URL;
import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A learner's view: the rack page in Chromium shows a killed Pi going UP 2/3, UP 1/3, DOWN live over SSE. */
@QuarkusTest
class RackPageBrowserTest {

    private static final double TIMEOUT_MS = 10_000;

    @TestHTTPResource("/")
    URL home;

    @AfterEach
    void healthyRack() {
        LabFixture.reviveAll();
    }

    @Test
    void shouldShowAKilledPiGoingDownLiveAndComingBackAfterRevive() {
        try (Browser browser = Browser.launch()) {
            Page page = browser.newPage("light");
            page.navigate(home.toString());
            Locator row = page.locator("#pi-raspberrypi03");
            Locator state = row.locator(".state");
            assertThat(state).hasText("▲ UP", new LocatorAssertions.HasTextOptions().setTimeout(TIMEOUT_MS));

            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Kill raspberrypi03")).click();

            assertThat(row.locator(".power")).containsText("off", new LocatorAssertions.ContainsTextOptions().setTimeout(TIMEOUT_MS));
            assertThat(state).hasAttribute("data-state", "DOWN", new LocatorAssertions.HasAttributeOptions().setTimeout(TIMEOUT_MS));
            assertThat(page.locator("#log")).containsText("Server nodes/raspberrypi03 is DOWN, reason: Layer4 connection problem",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(TIMEOUT_MS));
            assertThat(row).containsText("Connection refused");
            page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/rack-pi3-down.png")).setFullPage(true));

            Page dark = browser.newPage("dark");
            dark.navigate(home.toString());
            assertThat(dark.locator("#pi-raspberrypi03 .state")).hasAttribute("data-state", "DOWN");
            dark.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/rack-dark.png")).setFullPage(true));

            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Revive raspberrypi03")).click();
            assertThat(state).hasAttribute("data-state", "UP", new LocatorAssertions.HasAttributeOptions().setTimeout(TIMEOUT_MS));
        }
    }
}
