package org.crms.adapters.web.apidocs;

import io.micronaut.http.MediaType;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.crms.adapters.web.shared.StaticFile;

/**
 * The OpenAPI document, the documentation page and the page's assets, loaded once from the
 * classpath: Swagger UI's files from its WebJar (no CDN, so the page works offline) and the page's
 * own script. Only these names are served; nothing else on the classpath is reachable.
 */
@Singleton
final class DocsFiles {
  static final String PAGE_CACHING = "public, max-age=300";
  static final String ASSET_CACHING = "public, max-age=86400";
  static final MediaType YAML = MediaType.of("application/yaml");
  private static final String OWN = "org/crms/adapters/web/apidocs/";
  private static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/";
  private static final String SWAGGER_UI_VERSION =
      "META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private static final MediaType JAVASCRIPT = MediaType.of("text/javascript;charset=utf-8");
  private static final MediaType CSS = MediaType.of("text/css;charset=utf-8");
  private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

  private final StaticFile document;
  private final StaticFile page;
  private final Map<String, StaticFile> assets;

  DocsFiles() {
    document = StaticFile.load(ApiDefinition.DOCUMENT, YAML, PAGE_CACHING);
    page = StaticFile.load(OWN + "api-docs.html", HTML, PAGE_CACHING);
    var swaggerUi = SWAGGER_UI + swaggerUiVersion() + "/";
    assets =
        Map.of(
            "api-docs.js", asset(OWN + "api-docs.js", JAVASCRIPT),
            "swagger-ui-bundle.js", asset(swaggerUi + "swagger-ui-bundle.js", JAVASCRIPT),
            "swagger-ui.css", asset(swaggerUi + "swagger-ui.css", CSS),
            "index.css", asset(swaggerUi + "index.css", CSS),
            "favicon-32x32.png", asset(swaggerUi + "favicon-32x32.png", MediaType.IMAGE_PNG_TYPE),
            "favicon-16x16.png", asset(swaggerUi + "favicon-16x16.png", MediaType.IMAGE_PNG_TYPE));
  }

  StaticFile document() {
    return document;
  }

  StaticFile page() {
    return page;
  }

  Optional<StaticFile> asset(String name) {
    return Optional.ofNullable(assets.get(name));
  }

  private static StaticFile asset(String location, MediaType type) {
    return StaticFile.load(location, type, ASSET_CACHING);
  }

  /** The WebJar's own record of its version, which names its folder. */
  private static String swaggerUiVersion() {
    try (var in = DocsFiles.class.getClassLoader().getResourceAsStream(SWAGGER_UI_VERSION)) {
      if (in == null) {
        throw new IllegalStateException("missing on the classpath: " + SWAGGER_UI_VERSION);
      }
      var properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
