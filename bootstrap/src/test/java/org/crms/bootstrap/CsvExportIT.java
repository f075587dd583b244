package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lists exported as CSV end to end: more rows than one export page, filtered and sorted on
 * PostgreSQL, read back with a CSV parser.
 */
class CsvExportIT {
  private static final String PASSWORD = "copper-lantern-77-meadow";
  private static final int EXPORTED_CLIENTS = 260;
  private static final int EXPORTED_REQUESTS = 215;
  private static RunningApp app;
  private static String limited;
  private static String firstClient;

  @BeforeAll
  static void start() {
    app = RunningApp.start();
    app.createUser("csvlimited", PASSWORD, Role.LIMITED);
    limited = app.tokenFor("csvlimited", PASSWORD);
    // Every tenth client is inactive; the other clients' names do not match the filter.
    IntStream.rangeClosed(1, EXPORTED_CLIENTS)
        .forEach(i -> created("/api/v1/clients", client(exportName(i), i % 10 != 0)));
    IntStream.rangeClosed(1, 5)
        .forEach(i -> created("/api/v1/clients", client("Other " + i, true)));
    firstClient = (String) created("/api/v1/clients", client("Requesting, Ltd", true)).get("id");
    var otherClient = (String) created("/api/v1/clients", client("Quiet Ltd", true)).get("id");
    var type = (String) created("/api/v1/request-types", Map.of("name", "Export checks")).get("id");
    IntStream.rangeClosed(1, EXPORTED_REQUESTS)
        .forEach(i -> created("/api/v1/requests", request(firstClient, type, "Task " + pad(i))));
    IntStream.rangeClosed(1, 10)
        .forEach(i -> created("/api/v1/requests", request(otherClient, type, "Aside " + i)));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void clients_byFormatCsv_areExactlyTheFilteredOnes_inTheRequestedOrder() {
    var response =
        app.send(
            "GET", "/api/v1/clients?format=csv&active=true&q=export&sort=-name", limited, null);

    var rows = csv(response);
    var expected =
        IntStream.iterate(EXPORTED_CLIENTS, i -> i >= 1, i -> i - 1)
            .filter(i -> i % 10 != 0)
            .mapToObj(CsvExportIT::exportName)
            .toList();
    assertThat(rows).extracting(row -> row.get("Name")).containsExactlyElementsOf(expected);
    assertThat(rows).extracting(row -> row.get("Active")).containsOnly("true");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .contains("attachment; filename=\"clients.csv\"");
  }

  @Test
  void requests_byAcceptTextCsv_areExactlyTheFilteredOnes_inTheRequestedOrder() {
    var response =
        app.send(
            "GET",
            "/api/v1/requests?clientId=" + firstClient + "&sort=-title",
            limited,
            null,
            "Accept",
            "text/csv");

    var rows = csv(response);
    var expected =
        IntStream.iterate(EXPORTED_REQUESTS, i -> i >= 1, i -> i - 1)
            .mapToObj(i -> "Task " + pad(i))
            .toList();
    assertThat(rows).extracting(row -> row.get("Title")).containsExactlyElementsOf(expected);
    assertThat(rows)
        .extracting(row -> row.get("Client id"), row -> row.get("Status"))
        .containsOnly(org.assertj.core.groups.Tuple.tuple(firstClient, "Pending"));
  }

  @Test
  void theSameExport_byFormatCsv_matchesTheAcceptHeader() {
    var path = "/api/v1/requests?clientId=" + firstClient + "&sort=title";

    var byFormat = app.send("GET", path + "&format=csv", limited, null);
    var byAccept = app.send("GET", path, limited, null, "Accept", "text/csv");

    assertThat(csv(byFormat)).hasSize(EXPORTED_REQUESTS);
    assertThat(byFormat.body()).isEqualTo(byAccept.body());
  }

  @Test
  void aQuotedValue_comesBackIntact() {
    var rows = csv(app.send("GET", "/api/v1/clients?format=csv&q=requesting", limited, null));

    assertThat(rows).extracting(row -> row.get("Name")).containsExactly("Requesting, Ltd");
  }

  @Test
  void anonymousCallers_getNoExport() {
    var response = app.send("GET", "/api/v1/clients?format=csv", null, null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
  }

  private static String exportName(int i) {
    return "Export " + pad(i);
  }

  private static String pad(int i) {
    return String.format("%03d", i);
  }

  private static Map<String, Object> client(String name, boolean active) {
    return Map.of("name", name, "active", active);
  }

  private static Map<String, Object> request(String client, String type, String title) {
    return Map.of("clientId", client, "typeId", type, "title", title);
  }

  private static Map<String, Object> created(String path, Object body) {
    var response = app.send("POST", path, limited, body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return app.read(response);
  }

  /** The rows after the header, by column name; asserts a CSV answer. */
  private static List<CSVRecord> csv(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    var format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (var parser = CSVParser.parse(response.body(), format)) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
