package org.crms.adapters.web.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;
import org.crms.application.port.in.Page;

/**
 * One page of a list, the same shape for every resource.
 *
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record PageResponse<T>(List<T> items, String nextCursor) {

  /**
   * @param item what the API shows of one item
   * @param cursor the opaque cursor of a position, see {@link PageCursor}
   */
  public static <D, P, T> PageResponse<T> of(
      Page<D, P> page, Function<? super D, T> item, Function<? super P, String> cursor) {
    return new PageResponse<>(
        page.items().stream().<T>map(item).toList(), page.nextPosition().map(cursor).orElse(null));
  }
}
