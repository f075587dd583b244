package org.crms.bootstrap.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;

/**
 * Saves full-page screenshots of the main pages under the build directory ({@code
 * crms.screenshots}, set by the build), so that every run leaves current pictures of the UI; {@code
 * docs/screenshots/} holds a copy of them for the README.
 */
public final class Screenshots {
  private Screenshots() {}

  public static void save(Page page, String name) {
    var folder = System.getProperty("crms.screenshots", "target/screenshots");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Path.of(folder, name + ".png")).setFullPage(true));
  }
}
