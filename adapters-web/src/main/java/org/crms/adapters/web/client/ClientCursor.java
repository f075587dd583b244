package org.crms.adapters.web.client;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.application.port.in.client.ClientPosition;
import org.crms.domain.client.ClientId;

/**
 * The opaque {@code cursor} of the client list: base64url of the last client's id, a colon and its
 * name. Callers pass it back unchanged and must not build one.
 */
final class ClientCursor {
  private static final int UUID_LENGTH = 36;

  private ClientCursor() {}

  static String encode(ClientPosition position) {
    var raw = position.id().value() + ":" + position.name();
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @return the position to continue after, or null for the first page
   * @throws BadRequestException if the cursor was not made by {@link #encode(ClientPosition)}
   */
  static ClientPosition decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      var bytes = Base64.getUrlDecoder().decode(cursor.strip());
      var raw = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      if (raw.length() <= UUID_LENGTH || raw.charAt(UUID_LENGTH) != ':') {
        throw invalid();
      }
      var id = new ClientId(UUID.fromString(raw.substring(0, UUID_LENGTH)));
      return new ClientPosition(raw.substring(UUID_LENGTH + 1), id);
    } catch (IllegalArgumentException | CharacterCodingException e) {
      throw invalid();
    }
  }

  private static BadRequestException invalid() {
    return new BadRequestException(
        "cursor", "This cursor is not valid; start again from the first page.");
  }
}
