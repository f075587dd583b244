package org.crms.adapters.web.security;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.Optional;

/** Reads one field of an {@code application/x-www-form-urlencoded} body. */
final class FormFields {
  private FormFields() {}

  /** The first value of the named field, empty when the body has none or it is malformed. */
  static Optional<String> first(String body, String name, Charset charset) {
    for (var pair : body.split("&")) {
      var equals = pair.indexOf('=');
      var key = equals < 0 ? pair : pair.substring(0, equals);
      var value = equals < 0 ? "" : pair.substring(equals + 1);
      if (name.equals(decode(key, charset))) {
        return Optional.ofNullable(decode(value, charset));
      }
    }
    return Optional.empty();
  }

  private static String decode(String text, Charset charset) {
    try {
      return URLDecoder.decode(text, charset);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
