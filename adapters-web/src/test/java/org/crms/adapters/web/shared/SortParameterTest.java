package org.crms.adapters.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.application.port.in.ListOrder;
import org.crms.application.port.in.ListOrder.Key;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SortParameterTest {
  record Position(Key key, String name, Instant at, UUID id) {}

  private static final UUID ID = UUID.fromString("11111111-2222-3333-4444-555555555555");
  private static final Instant AT = Instant.parse("2026-03-01T10:15:30.123456Z");

  @ParameterizedTest
  @CsvSource({
    "name, NAME, false",
    "-name, NAME, true",
    "created, CREATED, false",
    "-created, CREATED, true",
    "UPDATED, UPDATED, false",
    " -Updated , UPDATED, true"
  })
  void aSort_namesAKeyAndADirection(String raw, Key key, boolean descending) {
    var order = SortParameter.parse(raw);

    assertThat(order).isEqualTo(new ListOrder(key, descending));
    assertThat(SortParameter.parse(SortParameter.of(order))).isEqualTo(order);
  }

  @Test
  void noSort_meansByName() {
    assertThat(SortParameter.parse(null)).isEqualTo(ListOrder.BY_NAME);
    assertThat(SortParameter.parse(" ")).isEqualTo(ListOrder.BY_NAME);
  }

  @ParameterizedTest
  @ValueSource(strings = {"email", "--name", "+name", "created,name", "-"})
  void anUnknownSort_isABadRequestNamingTheParameter(String raw) {
    assertThatThrownBy(() -> SortParameter.parse(raw))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.field()).isEqualTo("sort"));
  }

  @Test
  void aNamePosition_survivesTheRoundTrip_evenWithTheSeparatorInTheName() {
    var order = new ListOrder(Key.NAME, true);

    var cursor = SortParameter.cursor(order, ID, "A|B: c", null);

    assertThat(SortParameter.after(cursor, order, Position::new))
        .isEqualTo(new Position(Key.NAME, "A|B: c", null, ID));
  }

  @Test
  void anInstantPosition_survivesTheRoundTrip_toTheMicrosecond() {
    var order = new ListOrder(Key.UPDATED, false);

    var cursor = SortParameter.cursor(order, ID, null, AT);

    assertThat(SortParameter.after(cursor, order, Position::new))
        .isEqualTo(new Position(Key.UPDATED, null, AT, ID));
  }

  @Test
  void noCursor_meansTheFirstPage() {
    assertThat(SortParameter.after(null, ListOrder.BY_NAME, Position::new)).isNull();
  }

  @ParameterizedTest
  @CsvSource({"created, -created", "-created, updated", "name, created", "name, -name"})
  void aCursorOfAnotherOrder_isABadRequest(String madeIn, String usedIn) {
    var cursor = SortParameter.cursor(SortParameter.parse(madeIn), ID, "Acme", AT);

    assertThatThrownBy(
            () -> SortParameter.after(cursor, SortParameter.parse(usedIn), Position::new))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.field()).isEqualTo("cursor"))
        .hasMessageContaining("another sort order");
  }

  @Test
  void aCursorWithoutAnOrder_orWithAnUnreadableInstant_isABadRequest() {
    var plain = PageCursor.encode(ID, "Acme");
    var badInstant = PageCursor.encode(ID, "created|yesterday");
    var order = new ListOrder(Key.CREATED, false);

    for (var cursor : new String[] {plain, badInstant}) {
      assertThatThrownBy(() -> SortParameter.after(cursor, order, Position::new))
          .isInstanceOfSatisfying(
              BadRequestException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
    }
  }
}
