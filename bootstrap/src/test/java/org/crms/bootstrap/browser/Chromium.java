package org.crms.bootstrap.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The system's Chromium, driven by Playwright for the browser tests. Playwright never downloads a
 * browser here: it is told to skip that, and pointed at {@code /usr/bin/chromium} (or {@code
 * CRMS_CHROMIUM}); without one the tests fail and say how to install it. Every page records the
 * console errors it sees, so a test can prove that no script or style was blocked by the CSP.
 */
public final class Chromium implements AutoCloseable {
  private static final String SKIP_DOWNLOAD = "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD";
  private static final List<String> FLAGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private final Playwright playwright;
  private final Browser browser;
  private final String baseUrl;
  private final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());

  private Chromium(Playwright playwright, Browser browser, String baseUrl) {
    this.playwright = playwright;
    this.browser = browser;
    this.baseUrl = baseUrl;
  }

  /** Starts a headless Chromium for pages of the application at this address. */
  public static Chromium launch(String baseUrl) {
    var executable = executable();
    var playwright =
        Playwright.create(new Playwright.CreateOptions().setEnv(Map.of(SKIP_DOWNLOAD, "1")));
    try {
      var browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(executable)
                      .setHeadless(true)
                      .setArgs(FLAGS));
      return new Chromium(playwright, browser, baseUrl);
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** A fresh browser profile (its own cookies) with one page, 1280 px wide unless told. */
  public Page newPage(int width, int height) {
    var context =
        browser.newContext(
            new Browser.NewContextOptions().setBaseURL(baseUrl).setViewportSize(width, height));
    return watched(context.newPage());
  }

  public Page newPage() {
    return newPage(1280, 900);
  }

  /** A page on a phone-sized screen, 375 px wide. */
  public Page newPhonePage() {
    var context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setViewportSize(375, 740)
                .setIsMobile(true)
                .setHasTouch(true));
    return watched(context.newPage());
  }

  /** Another page in the same profile (same cookies) as the given one. */
  public Page anotherTab(BrowserContext context) {
    return watched(context.newPage());
  }

  /** Console errors seen on any page so far, e.g. a CSP refusal; none is expected. */
  public List<String> consoleErrors() {
    return List.copyOf(consoleErrors);
  }

  /** Records console errors, and answers "OK" to every confirmation (as a person who means it). */
  private Page watched(Page page) {
    page.onDialog(dialog -> dialog.accept());
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            consoleErrors.add(page.url() + ": " + message.text());
          }
        });
    return page;
  }

  private static Path executable() {
    var configured = System.getenv("CRMS_CHROMIUM");
    var path = Path.of(configured == null ? "/usr/bin/chromium" : configured);
    if (!Files.isExecutable(path)) {
      throw new IllegalStateException(
          "The browser tests need Chromium at "
              + path
              + ": install it (apt-get install -y chromium) or set CRMS_CHROMIUM to its path.");
    }
    return path;
  }

  @Override
  public void close() {
    try {
      browser.close();
    } finally {
      playwright.close();
    }
  }
}
