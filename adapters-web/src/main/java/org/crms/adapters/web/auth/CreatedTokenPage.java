package org.crms.adapters.web.auth;

import org.crms.adapters.web.page.Chrome;
import org.crms.adapters.web.page.Formats;
import org.crms.application.port.in.auth.IssuedAccessToken;
import org.crms.domain.shared.Text;

/**
 * A personal token just made, with its secret: this page is the only place it is ever shown.
 *
 * @param secret what a script sends as its bearer token
 * @param expiresAt when it stops working, as shown
 */
public record CreatedTokenPage(Chrome chrome, String name, String secret, String expiresAt) {

  static CreatedTokenPage of(Chrome chrome, String typedName, IssuedAccessToken issued) {
    return new CreatedTokenPage(
        chrome, Text.optional(typedName), issued.secret(), Formats.dateTime(issued.expiresAt()));
  }

  @Override
  public String toString() {
    return "CreatedTokenPage[name=" + name + ", expiresAt=" + expiresAt + "]";
  }
}
