package org.crms.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.application.port.in.user.CreateUserCommand;
import org.crms.application.port.in.user.CreateUserUseCase;
import org.crms.domain.user.Role;

/**
 * The whole application on a fresh database and a random port, with a plain JDK HTTP client, so
 * that tests see exactly what an API client sees.
 */
final class RunningApp implements AutoCloseable {
  final TestDatabase database;
  final EmbeddedServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final JsonMapper json;

  private RunningApp(TestDatabase database, EmbeddedServer server) {
    this.database = database;
    this.server = server;
    this.json = server.getApplicationContext().getBean(JsonMapper.class);
  }

  static RunningApp start() {
    var database = TestDatabase.freshDatabase();
    return on(database);
  }

  /**
   * Another node of the same application, on the same database. Every test request comes from
   * 127.0.0.1, so the per-address attempt limit is raised far above what any test sends; {@link
   * ThrottlingIT} sets its own.
   */
  static RunningApp on(TestDatabase database) {
    return on(database, Map.of("crms.security.attempts-per-address-per-minute", 10_000));
  }

  static RunningApp on(TestDatabase database, Map<String, Object> settings) {
    var properties = new HashMap<String, Object>(database.micronautProperties());
    properties.put("micronaut.server.port", -1);
    properties.putAll(settings);
    var server = ApplicationContext.run(EmbeddedServer.class, properties);
    return new RunningApp(database, server);
  }

  void createUser(String username, String password, Role role) {
    server
        .getApplicationContext()
        .getBean(CreateUserUseCase.class)
        .create(new CreateUserCommand(username, username + "@example.org", password, role));
  }

  String tokenFor(String username, String password) {
    var response =
        send(
            "POST", "/api/v1/auth/token", null, Map.of("username", username, "password", password));
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "login failed: " + response.statusCode() + " " + response.body());
    }
    return (String) read(response).get("access_token");
  }

  HttpResponse<String> send(
      String method, String path, String token, Object body, String... headers) {
    var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path));
    if (token != null) {
      builder.header("Authorization", "Bearer " + token);
    }
    for (var i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
    if (body instanceof String raw) {
      publisher = HttpRequest.BodyPublishers.ofString(raw);
      builder.header("Content-Type", "application/json");
    } else if (body != null) {
      publisher = HttpRequest.BodyPublishers.ofString(write(body));
      builder.header("Content-Type", "application/json");
    }
    try {
      return http.send(
          builder.method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A browser-style form post; redirects are not followed, so tests see the 303 and its cookie. */
  HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
    var body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .reduce((a, b) -> a + "&" + b)
            .orElse("");
    var builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (var i = 0; i < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> read(HttpResponse<String> response) {
    try {
      return json.readValue(response.body(), Map.class);
    } catch (IOException e) {
      throw new IllegalStateException("not JSON: " + response.body(), e);
    }
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.getApplicationContext().close();
  }
}
