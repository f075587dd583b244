package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as an operator uses it: separate processes, configuration from the environment,
 * the password on standard input. Runs after the jar is packaged.
 */
class PackagedJarIT {
  private static final Path JAR = Path.of("target", "crms.jar");
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void migrates_creates_an_admin_and_serves_on_a_postgres_url(@TempDir Path home) throws Exception {
    var database = TestDatabase.freshDatabase();
    var env = Map.of("DATABASE_URL", asPostgresUrl(database), "HOME", home.toString());

    assertThat(run(env, null, "migrate").exitCode()).isZero();
    var created =
        run(
            env,
            PASSWORD + "\n",
            "create-user",
            "--username",
            "jaradmin",
            "--email",
            "jar@example.org");
    assertThat(created.exitCode()).as(created.output()).isZero();
    assertThat(created.output()).contains("Created ADMIN user jaradmin");

    var port = freePort();
    var server =
        start(
            Map.of(
                "DATABASE_URL",
                asPostgresUrl(database),
                "PORT",
                String.valueOf(port),
                "HOME",
                home.toString()));
    try {
      awaitHealthy(port);
      var token =
          http.send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"username\":\"jaradmin\",\"password\":\"" + PASSWORD + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
      assertThat(token.body()).contains("\"token_type\":\"Bearer\"");
      // The generated OpenAPI document and Swagger UI's files made it into the jar.
      for (var path : List.of("/api/v1/openapi.yml", "/api/docs/assets/swagger-ui-bundle.js")) {
        var docs =
            http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(docs.statusCode()).as(path).isEqualTo(200);
      }
    } finally {
      server.destroy();
      assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("server stops on SIGTERM").isTrue();
    }
  }

  @Test
  void without_a_database_url_the_embedded_database_keeps_its_data_between_runs(
      @TempDir Path dataDir) throws Exception {
    var env = Map.of("CRMS_DATA_DIR", dataDir.toString(), "HOME", dataDir.toString());

    var first =
        run(
            env,
            PASSWORD + "\n",
            "create-user",
            "--username",
            "embedded1",
            "--email",
            "e1@example.org");
    assertThat(first.exitCode()).as(first.output()).isZero();
    var again =
        run(
            env,
            PASSWORD + "\n",
            "create-user",
            "--username",
            "EMBEDDED1",
            "--email",
            "e2@example.org");

    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.output()).contains("Username already exists.");
  }

  @Test
  void create_user_refuses_a_weak_password_and_never_takes_it_as_an_argument(@TempDir Path home)
      throws Exception {
    var database = TestDatabase.freshDatabase();
    var env = Map.of("DATABASE_URL", asJdbcUrlWithCredentials(database), "HOME", home.toString());
    var weak =
        run(
            env,
            "123456789012\n",
            "create-user",
            "--username",
            "weakling",
            "--email",
            "w@example.org");
    assertThat(weak.exitCode()).isEqualTo(1);
    assertThat(weak.output()).contains("password: This password is entirely numeric.");

    var asArgument =
        run(
            env,
            null,
            "create-user",
            "--username",
            "weakling",
            "--email",
            "w@example.org",
            "--password",
            PASSWORD);
    assertThat(asArgument.exitCode()).isNotZero();
    assertThat(asArgument.output()).contains("Unknown options: '--password'");
  }

  private record Result(int exitCode, String output) {}

  private Result run(Map<String, String> env, String stdin, String... args)
      throws IOException, InterruptedException {
    var process = builder(env, args).start();
    if (stdin != null) {
      process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    process.getOutputStream().close();
    var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS))
        .as("finishes: " + String.join(" ", args))
        .isTrue();
    return new Result(process.exitValue(), output);
  }

  private Process start(Map<String, String> env) throws IOException {
    var log = Files.createTempFile("crms-serve", ".log");
    return builder(env).redirectOutput(log.toFile()).start();
  }

  private ProcessBuilder builder(Map<String, String> env, String... args) {
    var java = ProcessHandle.current().info().command().orElse("java");
    var command = new ArrayList<>(List.of(java, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().remove("DATABASE_URL");
    builder.environment().putAll(env);
    return builder;
  }

  private void awaitHealthy(int port) throws InterruptedException {
    var deadline = Instant.now().plus(Duration.ofSeconds(90));
    while (Instant.now().isBefore(deadline)) {
      try {
        var response =
            http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the server is still starting
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the server did not become healthy within 90 s");
  }

  private static String asPostgresUrl(TestDatabase database) {
    var rest = database.jdbcUrl().substring("jdbc:postgresql://".length());
    var user = database.user() == null ? "postgres" : database.user();
    var password =
        database.password() == null || database.password().isEmpty()
            ? ""
            : ":" + database.password();
    return "postgres://" + user + password + "@" + rest;
  }

  private static String asJdbcUrlWithCredentials(TestDatabase database) {
    var url = database.jdbcUrl() + (database.jdbcUrl().contains("?") ? "&" : "?");
    url += "user=" + (database.user() == null ? "postgres" : database.user());
    return database.password() == null ? url : url + "&password=" + database.password();
  }

  private static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
