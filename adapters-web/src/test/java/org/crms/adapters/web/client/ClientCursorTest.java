package org.crms.adapters.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crms.adapters.web.error.BadRequestException;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.domain.client.ClientId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientCursorTest {

  @ParameterizedTest
  @ValueSource(strings = {"acme ltd", "a:b:c", "zürich & söhne", "x"})
  void aPosition_survivesTheRoundTrip_asUrlSafeText(String name) {
    var position = new ClientPosition(name, ClientId.newId());

    var cursor = ClientCursor.encode(position);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(ClientCursor.decode(cursor)).isEqualTo(position);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void noCursor_meansTheFirstPage(String cursor) {
    assertThat(ClientCursor.decode(cursor)).isNull();
    assertThat(ClientCursor.decode(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"!!!", "bm90IGEgY3Vyc29y", "AAAA", "wyg"})
  void anythingWeDidNotMake_isABadRequestNamingTheCursor(String cursor) {
    assertThatThrownBy(() -> ClientCursor.decode(cursor))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.field()).isEqualTo("cursor"));
  }
}
