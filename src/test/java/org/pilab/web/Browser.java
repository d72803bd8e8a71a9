package org.pilab.web;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's Chromium driven by Playwright, with nothing downloaded. Without {@code /usr/bin/chromium} browser
 * tests are skipped with a reason, except under {@code CI=true}, where they fail.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Browser launch() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but " + CHROMIUM + " is missing: apt-get install chromium");
        }
        assumeTrue(present, "Skipping browser test: " + CHROMIUM + " is missing (apt-get install chromium)");
        Playwright playwright = Playwright.create();
        // As root Chromium needs --no-sandbox; the others keep it off this machine's closed network.
        com.microsoft.playwright.Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic")));
        return new Browser(playwright, browser);
    }

    Page newPage(String colorScheme) {
        NewContextOptions options = new NewContextOptions().setViewportSize(1280, 900);
        if ("dark".equals(colorScheme)) {
            options.setColorScheme(com.microsoft.playwright.options.ColorScheme.DARK);
        }
        return browser.newContext(options).newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
