package org.crms.adapters.web.auth;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.adapters.web.page.Formats;
import org.crms.application.port.in.auth.PersonalToken;

/**
 * The signed-in user's personal API tokens (never their secrets) and the form to make one, with the
 * values typed kept after a refusal.
 */
public record TokenListPage(
    Chrome chrome,
    List<Row> tokens,
    @Nullable String name,
    @Nullable String validDays,
    FieldErrors errors) {

  static TokenListPage of(
      Chrome chrome, List<PersonalToken> tokens, TokenForm form, FieldErrors errors) {
    var rows = tokens.stream().map(Row::from).toList();
    return new TokenListPage(chrome, rows, form.name(), form.validDays(), errors);
  }

  /** One token, its times as shown. */
  public record Row(String id, String name, String issuedAt, String expiresAt) {
    static Row from(PersonalToken token) {
      return new Row(
          token.id().toString(),
          token.name() == null ? "" : token.name(),
          Formats.dateTime(token.issuedAt()),
          Formats.dateTime(token.expiresAt()));
    }
  }
}
