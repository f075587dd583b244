package org.crms.adapters.web.auth;

import org.crms.adapters.web.page.Chrome;

/**
 * A personal token just made, with its secret: this page is the only place it is ever shown.
 *
 * @param secret what a script sends as its bearer token
 * @param expiresAt when it stops working, as shown
 */
public record CreatedTokenPage(Chrome chrome, String name, String secret, String expiresAt) {

  @Override
  public String toString() {
    return "CreatedTokenPage[name=" + name + ", expiresAt=" + expiresAt + "]";
  }
}
