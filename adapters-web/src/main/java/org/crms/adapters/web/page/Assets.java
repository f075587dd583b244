package org.crms.adapters.web.page;

import io.micronaut.http.MediaType;
import java.util.Map;
import java.util.Optional;
import org.crms.adapters.web.shared.StaticFile;

/**
 * The pages' own style sheet and script, served by the application itself (no CDN: CRMS must work
 * offline). Pages link them with their version in the address ({@link #url}), so a browser may keep
 * each version for a year and still gets a new one the moment it changes.
 */
public final class Assets {
  static final String CACHING = "public, max-age=31536000, immutable";
  private static final String FOLDER = "org/crms/adapters/web/page/assets/";
  private static final Map<String, StaticFile> FILES =
      Map.of(
          "crms.css", load("crms.css", MediaType.of("text/css;charset=utf-8")),
          "crms.js", load("crms.js", MediaType.of("text/javascript;charset=utf-8")),
          "favicon.svg", load("favicon.svg", MediaType.of("image/svg+xml")));

  private Assets() {}

  /** The address of an asset, with its version, for templates. */
  public static String url(String name) {
    var file = FILES.get(name);
    if (file == null) {
      throw new IllegalArgumentException("no such asset: " + name);
    }
    return "/assets/" + name + "?v=" + file.etag().replace("\"", "");
  }

  static Optional<StaticFile> file(String name) {
    return Optional.ofNullable(FILES.get(name));
  }

  private static StaticFile load(String name, MediaType type) {
    return StaticFile.load(FOLDER + name, type, CACHING);
  }
}
