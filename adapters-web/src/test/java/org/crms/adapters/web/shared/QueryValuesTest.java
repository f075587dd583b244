package org.crms.adapters.web.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.application.port.in.InstantRange;
import org.crms.domain.audit.ItemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QueryValuesTest {

  @Test
  void absentOrBlankValues_meanNoFilter() {
    for (var raw : new String[] {null, "", "  "}) {
      assertThat(QueryValues.uuid("itemId", raw)).isNull();
      assertThat(QueryValues.instant("from", raw)).isNull();
      assertThat(QueryValues.constant("itemType", raw, ItemType.class)).isNull();
    }
    assertThat(QueryValues.range("from", null, "to", "")).isEqualTo(InstantRange.ANY);
  }

  @Test
  void aUuid_isReadAsIs() {
    var id = UUID.randomUUID();
    assertThat(QueryValues.uuid("itemId", " " + id + " ")).isEqualTo(id);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "2026-03-01T10:00:00Z; 2026-03-01T10:00:00Z",
        "2026-03-01T11:00:00+01:00; 2026-03-01T10:00:00Z",
        "2026-03-01T11:00:00 01:00; 2026-03-01T10:00:00Z",
        "2026-03-01T05:00:00.123456-05:00; 2026-03-01T10:00:00.123456Z"
      })
  void anInstant_isReadWithItsOffset_evenWhenItsPlusArrivedAsASpace(String raw, String expected) {
    assertThat(QueryValues.instant("from", raw)).isEqualTo(Instant.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "yesterday",
        "2026-03-01",
        "2026-03-01T10:00:00",
        "1700000000",
        "2026-13-01T00:00:00Z"
      })
  void anInstantWithoutDateTimeAndOffset_isABadRequestNamingTheParameter(String raw) {
    assertThatThrownBy(() -> QueryValues.instant("createdFrom", raw))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.field()).isEqualTo("createdFrom"));
  }

  @Test
  void aMalformedUuid_isABadRequestNamingTheParameter() {
    assertThatThrownBy(() -> QueryValues.uuid("userId", "42"))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.field()).isEqualTo("userId"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"REQUEST_TYPE", "request_type", "request-type", " Request-Type "})
  void aConstant_isReadRegardlessOfCaseAndDashes(String raw) {
    assertThat(QueryValues.constant("itemType", raw, ItemType.class))
        .isEqualTo(ItemType.REQUEST_TYPE);
  }

  @Test
  void anUnknownConstant_isABadRequestListingTheChoices() {
    assertThatThrownBy(() -> QueryValues.constant("itemType", "invoice", ItemType.class))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.field()).isEqualTo("itemType"))
        .hasMessage("Use one of CLIENT, REQUEST_TYPE, REQUEST, CONTACT_RECORD, USER.");
  }
}
