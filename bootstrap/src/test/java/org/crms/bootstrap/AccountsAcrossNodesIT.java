package org.crms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crms.adapters.persistence.testing.TestDatabase;
import org.crms.domain.user.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes on one database: whatever an admin changes on one node about an account
 * takes effect on the very next request to the other, because no node keeps session state.
 */
class AccountsAcrossNodesIT {
  private static final String PASSWORD = "tulip-granite-42-ferry";
  private static TestDatabase database;
  private static RunningApp nodeA;
  private static RunningApp nodeB;
  private static String admin;

  @BeforeAll
  static void start() {
    database = TestDatabase.freshDatabase();
    nodeA = RunningApp.on(database);
    nodeB = RunningApp.on(database);
    nodeA.createUser("admin1", PASSWORD, Role.ADMIN);
    admin = nodeB.tokenFor("admin1", PASSWORD);
  }

  @AfterAll
  static void stop() {
    nodeA.close();
    nodeB.close();
  }

  private String registerAndLogIn(String username) {
    var registered =
        nodeA.send(
            "POST",
            "/api/v1/auth/register",
            null,
            Map.of(
                "username",
                username,
                "email",
                username + "@example.org",
                "password",
                PASSWORD,
                "passwordConfirmation",
                PASSWORD));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    assertThat(registered.body()).doesNotContain(PASSWORD);
    return nodeA.tokenFor(username, PASSWORD);
  }

  private String idOf(String token) {
    return (String) nodeA.read(nodeA.send("GET", "/api/v1/me", token, null)).get("id");
  }

  @Test
  void a_registered_user_is_an_active_limited_user_who_sees_their_permissions() {
    var token = registerAndLogIn("newcomer");
    var me = nodeB.read(nodeB.send("GET", "/api/v1/me", token, null));
    assertThat(me.get("role")).isEqualTo("LIMITED");
    assertThat(me.get("active")).isEqualTo(true);
    assertThat(permissionsOf(me)).contains("EDIT_RECORDS").doesNotContain("DELETE_RECORDS");
  }

  @Test
  void deactivation_on_one_node_ends_the_session_on_the_other_at_once_and_for_good() {
    var token = registerAndLogIn("leaver");
    var id = idOf(token);
    assertThat(nodeA.send("GET", "/api/v1/clients", token, null).statusCode()).isEqualTo(200);

    var deactivated = nodeB.send("POST", "/api/v1/users/" + id + "/deactivate", admin, null);
    assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);

    assertThat(nodeA.send("GET", "/api/v1/clients", token, null).statusCode()).isEqualTo(401);
    var disabled =
        nodeA.send(
            "POST", "/api/v1/auth/token", null, Map.of("username", "leaver", "password", PASSWORD));
    assertThat(disabled.statusCode()).isEqualTo(403);
    assertThat((String) nodeA.read(disabled).get("type")).endsWith("/account-disabled");

    nodeB.send("POST", "/api/v1/users/" + id + "/activate", admin, null);
    assertThat(nodeA.send("GET", "/api/v1/clients", token, null).statusCode())
        .as("a token ended by deactivation stays ended")
        .isEqualTo(401);
    assertThat(nodeA.tokenFor("leaver", PASSWORD)).isNotBlank();
  }

  @Test
  void a_role_change_on_one_node_applies_to_the_next_request_on_the_other() {
    var token = registerAndLogIn("promoted");
    var id = idOf(token);
    var client =
        nodeA.read(
            nodeA.send("POST", "/api/v1/clients", token, Map.of("name", "Promotion Test Ltd")));
    assertThat(
            nodeA.send("DELETE", "/api/v1/clients/" + client.get("id"), token, null).statusCode())
        .isEqualTo(403);

    var changed =
        nodeB.send("PUT", "/api/v1/users/" + id + "/role", admin, Map.of("role", "ADMIN"));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

    assertThat(
            nodeA.send("DELETE", "/api/v1/clients/" + client.get("id"), token, null).statusCode())
        .isEqualTo(204);
  }

  @Test
  void logout_and_token_revocation_on_one_node_are_refused_on_the_other() {
    var session = registerAndLogIn("careful");
    var created =
        nodeA.send(
            "POST", "/api/v1/tokens", session, Map.of("name", "nightly export", "validDays", 30));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    var personal = (String) nodeA.read(created).get("token");
    assertThat(nodeB.send("GET", "/api/v1/me", personal, null).statusCode()).isEqualTo(200);

    assertThat(
            nodeA
                .send("DELETE", "/api/v1/tokens/" + nodeA.read(created).get("id"), session, null)
                .statusCode())
        .isEqualTo(204);
    assertThat(nodeB.send("GET", "/api/v1/me", personal, null).statusCode()).isEqualTo(401);

    assertThat(nodeB.send("POST", "/api/v1/auth/logout", session, null).statusCode())
        .isEqualTo(204);
    assertThat(nodeA.send("GET", "/api/v1/me", session, null).statusCode()).isEqualTo(401);
  }

  @Test
  void an_admin_cannot_lock_themself_out_and_limited_users_cannot_manage_users() {
    var adminId = (String) nodeA.read(nodeA.send("GET", "/api/v1/me", admin, null)).get("id");
    var self = nodeA.send("POST", "/api/v1/users/" + adminId + "/deactivate", admin, null);
    assertThat(self.statusCode()).isEqualTo(409);
    assertThat(nodeA.read(self).get("detail")).isEqualTo("You cannot deactivate your own account!");

    var limited = registerAndLogIn("nosy.user");
    assertThat(nodeA.send("GET", "/api/v1/users", limited, null).statusCode()).isEqualTo(403);
    assertThat(
            nodeA
                .send("POST", "/api/v1/users/" + adminId + "/deactivate", limited, null)
                .statusCode())
        .isEqualTo(403);
    assertThat(nodeA.send("GET", "/api/v1/me", admin, null).statusCode()).isEqualTo(200);
  }

  @Test
  void account_events_are_audited_with_who_and_from_where() throws SQLException {
    registerAndLogIn("audited");
    nodeA.send(
        "POST",
        "/api/v1/auth/token",
        null,
        Map.of("username", "audited", "password", "not-the-password"));

    var actions = new ArrayList<String>();
    try (var connection = database.connect();
        var statement =
            connection.prepareStatement(
                "select action, details->>'username', details->>'address' from audit_event "
                    + "where details->>'username' = 'audited' or item_id = "
                    + "(select id from app_user where username = 'audited') order by occurred_at")) {
      try (var rows = statement.executeQuery()) {
        while (rows.next()) {
          actions.add(rows.getString(1));
          if (rows.getString(1).equals("LOGIN_FAILED")) {
            assertThat(rows.getString(3)).isNotBlank();
          }
        }
      }
    }
    assertThat(actions).containsSubsequence("REGISTERED", "LOGIN_SUCCEEDED", "LOGIN_FAILED");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> permissionsOf(Map<String, Object> me) {
    return (List<Object>) me.get("permissions");
  }
}
