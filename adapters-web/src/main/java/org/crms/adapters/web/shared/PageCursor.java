package org.crms.adapters.web.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Base64;
import java.util.UUID;
import java.util.function.BiFunction;
import org.crms.adapters.web.error.BadRequestException;

/**
 * The opaque {@code cursor} of a keyset-paginated list: base64url of the last item's id, a colon
 * and its sort key (a client's name, a user's username...). Callers pass it back unchanged and must
 * not build one.
 */
public final class PageCursor {
  private static final int UUID_LENGTH = 36;

  private PageCursor() {}

  public static String encode(UUID id, String key) {
    var raw = id + ":" + key;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param position makes the list's position from the id and the sort key; may throw {@link
   *     IllegalArgumentException} or {@link DateTimeException} for a key it cannot read
   * @return the position to continue after, or null for the first page
   * @throws BadRequestException if the cursor was not made by {@link #encode(UUID, String)}
   */
  public static <P> P decode(String cursor, BiFunction<UUID, String, P> position) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      var bytes = Base64.getUrlDecoder().decode(cursor.strip());
      var raw = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
      if (raw.length() <= UUID_LENGTH || raw.charAt(UUID_LENGTH) != ':') {
        throw invalid();
      }
      var id = UUID.fromString(raw.substring(0, UUID_LENGTH));
      return position.apply(id, raw.substring(UUID_LENGTH + 1));
    } catch (IllegalArgumentException | DateTimeException | CharacterCodingException e) {
      throw invalid();
    }
  }

  private static BadRequestException invalid() {
    return new BadRequestException(
        "cursor", "This cursor is not valid; start again from the first page.");
  }
}
