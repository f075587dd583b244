package org.crms.adapters.web.shared;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.application.port.in.Page;
import org.crms.application.port.in.PageLimit;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Streams a keyset-paginated list as CSV (RFC 4180, UTF-8): a header row, then every item that
 * matches the list's filters in the list's order, fetched one page at a time as the client reads,
 * so that an export has no row cap and holds one page in memory. Each page is its own read
 * transaction, as when a client pages through the JSON list: rows added meanwhile behind the
 * current position do not appear, and none appears twice.
 */
@Singleton
public final class CsvExports {
  public static final String TEXT_CSV = "text/csv";

  /** Large pages: an export reads everything anyway, and fewer round trips are faster. */
  public static final int PAGE_SIZE = 200;

  /** What the {@code format} parameter of an exportable list means, for the API's document. */
  public static final String FORMAT =
      "`json` (the default) or `csv`: every item matching the filters, in the list's order, as"
          + " one CSV file; `limit` and `cursor` are ignored. `Accept: text/csv` without JSON does"
          + " the same.";

  /** {@link #PAGE_SIZE} as the limit of a list query. */
  public static final PageLimit PAGE_LIMIT = new PageLimit(PAGE_SIZE);

  private final Scheduler blocking;

  CsvExports(@Named(TaskExecutors.BLOCKING) ExecutorService blockingExecutor) {
    this.blocking = Schedulers.fromExecutorService(blockingExecutor);
  }

  /**
   * Whether a list request asks for CSV rather than JSON: by {@code format=csv} (for links, which
   * cannot set headers) or by an {@code Accept} header naming {@value #TEXT_CSV} and not JSON.
   *
   * @param format the {@code format} query parameter: null, {@code json} or {@code csv}
   * @throws org.crms.adapters.web.error.BadRequestException for any other format
   */
  public static boolean requested(HttpRequest<?> request, String format) {
    if (format != null) {
      return switch (format) {
        case "csv" -> true;
        case "json" -> false;
        default -> throw new BadRequestException("format", "must be json or csv");
      };
    }
    var accepted = request.getHeaders().accept().stream().map(MediaType::getName).toList();
    return accepted.contains(TEXT_CSV) && !accepted.contains(MediaType.APPLICATION_JSON);
  }

  /**
   * Exports a list in pages of {@link #PAGE_SIZE}.
   *
   * @param fileName offered to browsers for saving, e.g. {@code clients.csv}
   * @param list the page of at most a limit's items after a position (null for the first page),
   *     with the filters and order of the list being exported
   */
  public <T, P> MutableHttpResponse<Publisher<byte[]>> export(
      String fileName, List<CsvColumn<T>> columns, BiFunction<PageLimit, P, Page<T, P>> list) {
    return this.<T, P>stream(fileName, columns, after -> list.apply(PAGE_LIMIT, after));
  }

  /**
   * Reads the first page at once, so that a refusal (a role that may not see the list) answers as a
   * problem rather than as a broken download; the following pages are read as the client reads.
   *
   * @param fileName offered to browsers for saving, e.g. {@code clients.csv}
   * @param pageAfter the page after a position (null for the first page), of at most {@link
   *     #PAGE_SIZE} items
   */
  public <T, P> MutableHttpResponse<Publisher<byte[]>> stream(
      String fileName, List<CsvColumn<T>> columns, Function<P, Page<T, P>> pageAfter) {
    var first = pageAfter.apply(null);
    var header = Flux.just(row(columns.stream().map(CsvColumn::header).toList()));
    var rest =
        Flux.<Page<T, P>, Optional<P>>generate(
                first::nextPosition,
                (after, sink) -> {
                  if (after.isEmpty()) {
                    sink.complete();
                    return after;
                  }
                  var page = pageAfter.apply(after.get());
                  sink.next(page);
                  return page.nextPosition();
                })
            .subscribeOn(blocking);
    var rows = Flux.concat(Flux.just(first), rest).map(page -> chunk(page.items(), columns));
    return HttpResponse.<Publisher<byte[]>>ok(Flux.concat(header, rows))
        .contentType(MediaType.of(TEXT_CSV + ";charset=utf-8"))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"");
  }

  private static <T> byte[] chunk(List<T> items, List<CsvColumn<T>> columns) {
    return print(
        items.stream()
            .map(item -> columns.stream().map(c -> (Object) c.value().apply(item)).toList())
            .toList());
  }

  private static byte[] row(List<?> values) {
    return print(List.of(values));
  }

  private static byte[] print(List<? extends List<?>> records) {
    var out = new StringBuilder();
    try (var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      for (var values : records) {
        printer.printRecord(values.stream().map(CsvExports::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage
   * return) is prefixed with an apostrophe, so that opening an export never executes what a user
   * typed into a record (OWASP "CSV injection"). Numbers are written as they are.
   */
  static Object cell(Object value) {
    if (value instanceof CharSequence text
        && !text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return value;
  }
}
