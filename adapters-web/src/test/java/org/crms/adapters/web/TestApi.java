package org.crms.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Sends requests with the Micronaut client and hands back status, headers and body, whatever the
 * status.
 */
public final class TestApi {
  private final HttpClient client;
  private final JsonMapper json;

  public TestApi(HttpClient client, JsonMapper json) {
    this.client = client;
    this.json = json;
  }

  public Reply send(MutableHttpRequest<?> request) {
    try {
      return reply(client.toBlocking().exchange(request, Argument.STRING, Argument.STRING));
    } catch (HttpClientResponseException e) {
      return reply(e.getResponse());
    }
  }

  public Reply send(MutableHttpRequest<?> request, String token) {
    return send(request.bearerAuth(token));
  }

  private Reply reply(HttpResponse<?> response) {
    var body = response.getBody(String.class).orElse("");
    return new Reply(response.code(), response.getHeaders(), body, json);
  }

  /** One answer of the server. */
  public record Reply(int status, HttpHeaders headers, String body, JsonMapper json) {
    public Map<String, Object> map() {
      try {
        return json.readValue(body, Argument.mapOf(String.class, Object.class));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The body when it is a JSON array of objects. */
    public List<Map<String, Object>> array() {
      try {
        return json.readValue(body, Argument.listOf(Argument.mapOf(String.class, Object.class)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** The body as CSV rows (RFC 4180), header row first; asserts that it is CSV. */
    public List<List<String>> csv() {
      assertThat(status).as("status of %s", body).isEqualTo(200);
      assertThat(header(HttpHeaders.CONTENT_TYPE)).startsWith("text/csv");
      try (var parser = CSVParser.parse(body, CSVFormat.RFC4180)) {
        return parser.stream().map(CSVRecord::toList).toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public String header(String name) {
      return headers.get(name);
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> list(String key) {
      return (List<Map<String, Object>>) map().get(key);
    }

    /**
     * Asserts an RFC 9457 problem with this status that leaks no internals, and returns its fields.
     */
    public Map<String, Object> problem(int expectedStatus) {
      assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
      assertThat(header(HttpHeaders.CONTENT_TYPE)).startsWith("application/problem+json");
      assertThat(body)
          .doesNotContain("Exception")
          .doesNotContain("at org.")
          .doesNotContain("at io.");
      var problem = map();
      assertThat(problem).containsKeys("type", "title");
      assertThat(((Number) problem.get("status")).intValue()).isEqualTo(expectedStatus);
      return problem;
    }
  }
}
