package org.crms.adapters.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.crms.adapters.web.error.BadRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageCursorTest {
  record Position(UUID id, String key) {}

  @ParameterizedTest
  @ValueSource(strings = {"acme ltd", "a:b:c", "zürich & söhne", "x"})
  void aPosition_survivesTheRoundTrip_asUrlSafeText(String key) {
    var id = UUID.randomUUID();

    var cursor = PageCursor.encode(id, key);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(PageCursor.decode(cursor, Position::new)).isEqualTo(new Position(id, key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void noCursor_meansTheFirstPage(String cursor) {
    assertThat(PageCursor.decode(cursor, Position::new)).isNull();
    assertThat(PageCursor.decode(null, Position::new)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!!", "bm90IGEgY3Vyc29y", "AAAA", "wyg"})
  void anythingWeDidNotMake_isABadRequestNamingTheCursor(String cursor) {
    assertThatThrownBy(() -> PageCursor.decode(cursor, Position::new))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
  }
}
