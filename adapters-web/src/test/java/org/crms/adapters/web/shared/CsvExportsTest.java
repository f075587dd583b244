package org.crms.adapters.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.application.port.in.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

class CsvExportsTest {
  private final java.util.concurrent.ExecutorService executor = Executors.newSingleThreadExecutor();
  private final CsvExports exports = new CsvExports(executor);

  record Item(int number, String text, LocalDate day) {}

  private static final List<CsvColumn<Item>> COLUMNS =
      List.of(
          CsvColumn.of("Number", Item::number),
          CsvColumn.of("Text", Item::text),
          CsvColumn.of("Day", Item::day));

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private static String read(
      io.micronaut.http.MutableHttpResponse<org.reactivestreams.Publisher<byte[]>> response) {
    var chunks = Flux.from(response.body()).collectList().block();
    var out = new StringBuilder();
    chunks.forEach(c -> out.append(new String(c, StandardCharsets.UTF_8)));
    return out.toString();
  }

  @Test
  void streams_every_page_in_order_after_a_header_row() {
    var asked = new ArrayList<Integer>();
    var response =
        exports.<Item, Integer>stream(
            "items.csv",
            COLUMNS,
            after -> {
              asked.add(after);
              var start = after == null ? 0 : after;
              var items = List.of(new Item(start + 1, "a", null), new Item(start + 2, "b", null));
              return new Page<>(items, start + 2 < 6 ? start + 2 : null);
            });

    assertThat(read(response))
        .isEqualTo("Number,Text,Day\r\n1,a,\r\n2,b,\r\n3,a,\r\n4,b,\r\n5,a,\r\n6,b,\r\n");
    assertThat(asked).containsExactly(null, 2, 4);
    assertThat(response.getContentType().orElseThrow().toString()).startsWith("text/csv");
    assertThat(response.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"items.csv\"");
  }

  @Test
  void quotes_what_csv_must_quote_and_keeps_unicode() {
    var response =
        exports.<Item, Integer>stream(
            "items.csv",
            COLUMNS,
            after ->
                new Page<>(
                    List.of(
                        new Item(
                            1, "Müller, \"the\" shop\nline two", LocalDate.parse("2026-03-01"))),
                    null));

    assertThat(read(response))
        .isEqualTo("Number,Text,Day\r\n1,\"Müller, \"\"the\"\" shop\nline two\",2026-03-01\r\n");
  }

  @Test
  void an_empty_list_is_just_the_header() {
    var response =
        exports.<Item, Integer>stream("x.csv", COLUMNS, after -> new Page<>(List.of(), null));

    assertThat(read(response)).isEqualTo("Number,Text,Day\r\n");
  }

  @Test
  void text_a_spreadsheet_would_run_as_a_formula_is_defused() {
    assertThat(CsvExports.cell("=HYPERLINK(\"http://evil\")"))
        .isEqualTo("'=HYPERLINK(\"http://evil\")");
    assertThat(CsvExports.cell("+1")).isEqualTo("'+1");
    assertThat(CsvExports.cell("-2")).isEqualTo("'-2");
    assertThat(CsvExports.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvExports.cell("\tx")).isEqualTo("'\tx");
    assertThat(CsvExports.cell("plain")).isEqualTo("plain");
    assertThat(CsvExports.cell("")).isEqualTo("");
    assertThat(CsvExports.cell(-2)).isEqualTo(-2);
    assertThat(CsvExports.cell(null)).isNull();
  }

  @Test
  void csv_is_asked_for_by_format_or_by_an_accept_header_without_json() {
    assertThat(CsvExports.requested(HttpRequest.GET("/x"), "csv")).isTrue();
    assertThat(CsvExports.requested(HttpRequest.GET("/x").accept("text/csv"), "json")).isFalse();
    assertThat(CsvExports.requested(HttpRequest.GET("/x").accept("text/csv"), null)).isTrue();
    assertThat(
            CsvExports.requested(
                HttpRequest.GET("/x").accept("application/json, text/csv;q=0.5"), null))
        .isFalse();
    assertThat(CsvExports.requested(HttpRequest.GET("/x").accept("*/*"), null)).isFalse();
    assertThat(CsvExports.requested(HttpRequest.GET("/x"), null)).isFalse();
    assertThatThrownBy(() -> CsvExports.requested(HttpRequest.GET("/x"), "xml"))
        .isInstanceOf(BadRequestException.class);
  }
}
