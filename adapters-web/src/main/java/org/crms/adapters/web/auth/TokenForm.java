package org.crms.adapters.web.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The fields of the "new API token" form, as typed.
 *
 * @param validDays how many days the token works; blank for the default
 */
@Serdeable
record TokenForm(@Nullable String name, @Nullable String validDays) {
  static final TokenForm EMPTY = new TokenForm(null, null);
}
