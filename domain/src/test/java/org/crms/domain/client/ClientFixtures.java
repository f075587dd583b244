package org.crms.domain.client;

import java.time.Instant;
import org.crms.domain.user.Actor;
import org.crms.domain.user.Role;
import org.crms.domain.user.UserId;

/** Ready-made clients and actors for tests of every module. */
public final class ClientFixtures {
  public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private ClientFixtures() {}

  public static Actor anAdmin() {
    return new Actor(UserId.newId(), Role.ADMIN);
  }

  public static Actor aLimitedUser() {
    return new Actor(UserId.newId(), Role.LIMITED);
  }

  public static ClientDetails detailsNamed(String name) {
    return ClientDetails.parse(
        name,
        "office@" + slug(name) + ".example",
        "+44 20 7946 0000",
        "https://" + slug(name) + ".example",
        true);
  }

  public static Client aClientNamed(String name) {
    return Client.open(detailsNamed(name), anAdmin(), T0);
  }

  private static String slug(String name) {
    return name.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
  }
}
