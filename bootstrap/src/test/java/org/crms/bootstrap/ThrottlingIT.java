package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.Test;

/**
 * Guessing is throttled with the limits a real installation uses: an address gets ten login or
 * sign-up attempts a minute, an account a number of failed logins an hour, then 429 with
 * Retry-After. The counters are in the database, so every node sees the same limit.
 */
class ThrottlingIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";

  @Test
  void an_address_gets_ten_attempts_a_minute_counted_across_nodes() {
    var database = TestDatabase.freshDatabase();
    var limits = Map.<String, Object>of("crms.security.attempts-per-address-per-minute", 10);
    try (var nodeA = RunningApp.on(database, limits);
        var nodeB = RunningApp.on(database, limits)) {
      nodeA.createUser("throttled", PASSWORD, Role.LIMITED);

      // Alternating nodes; the first 429 comes after ten attempts, or after at most ten more if a
      // new minute began on the way.
      HttpResponse<String> refused = null;
      var attempt = 0;
      while (refused == null && attempt < 21) {
        attempt++;
        var response = login(attempt % 2 == 0 ? nodeA : nodeB, "throttled", "wrong-password-123");
        if (response.statusCode() == 429) {
          refused = response;
        } else {
          assertThat(response.statusCode()).isEqualTo(401);
        }
      }

      assertThat(refused).as("a 429 within 21 attempts").isNotNull();
      assertThat(attempt).isGreaterThan(10);
      var retryAfter = Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow());
      assertThat(retryAfter).isBetween(1, 60);
      assertThat((String) nodeA.read(refused).get("type")).endsWith("/too-many-attempts");
    }
  }

  @Test
  void failed_logins_against_one_account_are_limited_whatever_the_address() {
    var database = TestDatabase.freshDatabase();
    var limits =
        Map.<String, Object>of(
            "crms.security.attempts-per-address-per-minute", 10_000,
            "crms.security.failed-logins-per-account-per-hour", 3);
    try (var node = RunningApp.on(database, limits)) {
      node.createUser("targeted", PASSWORD, Role.LIMITED);
      node.createUser("bystander", PASSWORD, Role.LIMITED);
      for (var i = 0; i < 3; i++) {
        assertThat(login(node, "targeted", "wrong-password-123").statusCode()).isEqualTo(401);
      }

      assertThat(login(node, "targeted", PASSWORD).statusCode()).isEqualTo(429);
      assertThat(node.tokenFor("bystander", PASSWORD))
          .as("other accounts are unaffected")
          .isNotBlank();
    }
  }

  private static HttpResponse<String> login(RunningApp node, String username, String password) {
    return node.send(
        "POST", "/api/v1/auth/token", null, Map.of("username", username, "password", password));
  }
}
