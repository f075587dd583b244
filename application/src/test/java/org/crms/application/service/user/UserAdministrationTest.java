package org.crms.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryAccessTokenRepository;
import org.crms.application.fakes.InMemoryUserRepository;
import org.crms.application.fakes.RecordingAuditTrail;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.user.ActivateUserCommand;
import org.crms.application.port.in.user.ChangeUserRoleCommand;
import org.crms.application.port.in.user.DeactivateUserCommand;
import org.crms.application.port.in.user.GetCurrentUserQuery;
import org.crms.application.port.in.user.ListUsersQuery;
import org.crms.application.port.in.user.UserNotFoundException;
import org.crms.application.port.out.StoredAccessToken;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.FieldChange;
import org.crms.domain.user.AccessTokenKind;
import org.crms.domain.user.LastActiveAdminException;
import org.crms.domain.user.OwnAccountChangeException;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.PermissionDeniedException;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.junit.jupiter.api.Test;

class UserAdministrationTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemoryAccessTokenRepository tokens = new InMemoryAccessTokenRepository(users);
  private final RecordingAuditTrail audit = new RecordingAuditTrail();
  private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();
  private final AccountChange change = new AccountChange(users, audit, unitOfWork, clock);
  private final ActivateUserService activate = new ActivateUserService(change);
  private final DeactivateUserService deactivate = new DeactivateUserService(change, tokens, clock);
  private final ChangeUserRoleService changeRole = new ChangeUserRoleService(change);
  private final UserQueryService query = new UserQueryService(users, unitOfWork);

  private User aUser(String name, Role role) {
    return users.add(
        User.builder()
            .id(UserId.newId())
            .username(new Username(name))
            .email(new EmailAddress(name + "@example.org"))
            .role(role)
            .active(true)
            .passwordHash(new PasswordHash("h"))
            .createdAt(NOW)
            .build());
  }

  @Test
  void deactivating_a_user_revokes_their_tokens_and_is_audited_with_the_change() {
    var admin = aUser("admin1", Role.ADMIN);
    var worker = aUser("worker", Role.LIMITED);
    tokens.add(
        new StoredAccessToken(
            java.util.UUID.randomUUID(),
            worker.id(),
            "h1",
            AccessTokenKind.PERSONAL,
            "ci",
            NOW,
            NOW.plusSeconds(3600),
            null,
            null));

    var result = deactivate.deactivate(new DeactivateUserCommand(admin.asActor(), worker.id()));

    assertThat(result.isActive()).isFalse();
    assertThat(result.version()).isEqualTo(1);
    assertThat(tokens.stored()).allSatisfy(t -> assertThat(t.revokedAt()).isEqualTo(NOW));
    assertThat(audit.last().action()).isEqualTo(AuditAction.DEACTIVATED);
    assertThat(audit.last().changes()).containsExactly(new FieldChange("active", "true", "false"));
    assertThat(users.adminLocks()).isEqualTo(1);

    activate.activate(new ActivateUserCommand(admin.asActor(), worker.id()));
    assertThat(users.findById(worker.id()).orElseThrow().isActive()).isTrue();
    assertThat(audit.last().action()).isEqualTo(AuditAction.ACTIVATED);
  }

  @Test
  void an_admin_cannot_deactivate_or_demote_themself() {
    var admin = aUser("admin1", Role.ADMIN);
    aUser("admin2", Role.ADMIN);
    assertThatThrownBy(
            () -> deactivate.deactivate(new DeactivateUserCommand(admin.asActor(), admin.id())))
        .isInstanceOf(OwnAccountChangeException.class)
        .hasMessage("You cannot deactivate your own account!");
    assertThatThrownBy(
            () ->
                changeRole.changeRole(
                    new ChangeUserRoleCommand(admin.asActor(), admin.id(), Role.LIMITED)))
        .isInstanceOf(OwnAccountChangeException.class);
    assertThat(audit.events()).isEmpty();
  }

  @Test
  void the_last_active_admin_cannot_be_demoted_by_anyone() {
    var last = aUser("admin1", Role.ADMIN);
    // An actor with the ADMIN role whose own account is not an active admin row (e.g. just
    // demoted).
    var other = new org.crms.domain.user.Actor(UserId.newId(), Role.ADMIN);
    assertThatThrownBy(
            () -> changeRole.changeRole(new ChangeUserRoleCommand(other, last.id(), Role.LIMITED)))
        .isInstanceOf(LastActiveAdminException.class);
    assertThat(users.findById(last.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
  }

  @Test
  void a_role_change_is_stored_and_audited_and_a_no_op_writes_nothing() {
    var admin = aUser("admin1", Role.ADMIN);
    var worker = aUser("worker", Role.LIMITED);
    assertThat(
            changeRole
                .changeRole(new ChangeUserRoleCommand(admin.asActor(), worker.id(), Role.ADMIN))
                .role())
        .isEqualTo(Role.ADMIN);
    assertThat(audit.last().action()).isEqualTo(AuditAction.ROLE_CHANGED);
    var before = audit.events().size();
    changeRole.changeRole(new ChangeUserRoleCommand(admin.asActor(), worker.id(), Role.ADMIN));
    assertThat(audit.events()).hasSize(before);
  }

  @Test
  void limited_users_may_not_manage_or_list_users_and_learn_nothing_about_ids() {
    var worker = aUser("worker", Role.LIMITED);
    var limited = worker.asActor();
    assertThatThrownBy(
            () -> deactivate.deactivate(new DeactivateUserCommand(limited, UserId.newId())))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(
            () -> query.list(new ListUsersQuery(limited, PageLimit.orDefault(null), null)))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void an_unknown_user_is_not_found() {
    var admin = aUser("admin1", Role.ADMIN);
    assertThatThrownBy(
            () -> activate.activate(new ActivateUserCommand(admin.asActor(), UserId.newId())))
        .isInstanceOf(UserNotFoundException.class);
  }

  @Test
  void admins_page_through_users_by_name_and_everyone_can_read_themself() {
    var admin = aUser("admin1", Role.ADMIN);
    aUser("carol", Role.LIMITED);
    aUser("Bobby", Role.LIMITED);
    var first = query.list(new ListUsersQuery(admin.asActor(), new PageLimit(2), null));
    var second = query.list(new ListUsersQuery(admin.asActor(), new PageLimit(2), first.next()));
    assertThat(first.items())
        .extracting(u -> u.username().value())
        .containsExactly("admin1", "Bobby");
    assertThat(second.items()).extracting(u -> u.username().value()).containsExactly("carol");
    assertThat(query.me(new GetCurrentUserQuery(admin.asActor())).id()).isEqualTo(admin.id());
  }
}
