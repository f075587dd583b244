package org.crms.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.FieldChange;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserTest {
  private static final Instant T0 = Instant.parse("2026-02-01T08:00:00Z");
  private static final PasswordHash HASH = new PasswordHash("hash");

  private static User aUser(String name, Role role, boolean active) {
    return User.builder()
        .id(UserId.newId())
        .username(new Username(name))
        .email(new EmailAddress(name + "@example.org"))
        .role(role)
        .active(active)
        .passwordHash(HASH)
        .createdAt(T0)
        .build();
  }

  private static Actor anotherAdmin() {
    return new Actor(UserId.newId(), Role.ADMIN);
  }

  @Nested
  class givenSomeoneSigningUp_registering_makesAnActiveLimitedUser {
    @Test
    void registers() {
      var user =
          User.register(
              new Username("newbie"), new EmailAddress("n@example.org"), " Ada ", "", HASH, T0);
      assertThat(user.role()).isEqualTo(Role.LIMITED);
      assertThat(user.isActive()).isTrue();
      assertThat(user.firstName()).contains("Ada");
      assertThat(user.lastName()).isEmpty();
    }
  }

  @Nested
  class givenAnAdmin_managingAnotherUser_changesAndReportsIt {
    @Test
    void deactivatesAndActivates() {
      var user = aUser("worker", Role.LIMITED, true);
      assertThat(user.deactivate(anotherAdmin(), 2))
          .containsExactly(new FieldChange("active", "true", "false"));
      assertThat(user.isActive()).isFalse();
      assertThat(user.activate(anotherAdmin()))
          .containsExactly(new FieldChange("active", "false", "true"));
      assertThat(user.isActive()).isTrue();
    }

    @Test
    void changesTheRole() {
      var user = aUser("worker", Role.LIMITED, true);
      assertThat(user.changeRole(Role.ADMIN, anotherAdmin(), 1))
          .containsExactly(new FieldChange("role", "LIMITED", "ADMIN"));
      assertThat(user.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void aChangeToTheSameStateReportsNothing() {
      var user = aUser("worker", Role.LIMITED, true);
      assertThat(user.activate(anotherAdmin())).isEmpty();
      assertThat(user.changeRole(Role.LIMITED, anotherAdmin(), 1)).isEmpty();
    }
  }

  @Nested
  class givenAnAdmin_changingTheirOwnAccount_isRefused {
    @Test
    void refused() {
      var admin = aUser("admin1", Role.ADMIN, true);
      assertThatThrownBy(() -> admin.deactivate(admin.asActor(), 5))
          .isInstanceOf(OwnAccountChangeException.class)
          .hasMessage("You cannot deactivate your own account!");
      assertThatThrownBy(() -> admin.changeRole(Role.LIMITED, admin.asActor(), 5))
          .isInstanceOf(OwnAccountChangeException.class);
      assertThat(admin.isActive()).isTrue();
      assertThat(admin.role()).isEqualTo(Role.ADMIN);
    }
  }

  @Nested
  class givenTheLastActiveAdmin_deactivatingOrDemoting_isRefused {
    @Test
    void refused() {
      var last = aUser("admin1", Role.ADMIN, true);
      assertThatThrownBy(() -> last.deactivate(anotherAdmin(), 1))
          .isInstanceOf(LastActiveAdminException.class);
      assertThatThrownBy(() -> last.changeRole(Role.LIMITED, anotherAdmin(), 1))
          .isInstanceOf(LastActiveAdminException.class);
      assertThat(last.isActive()).isTrue();
      assertThat(last.role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void anInactiveAdminMayBeDemotedWhateverTheCount() {
      var inactive = aUser("admin2", Role.ADMIN, false);
      assertThat(inactive.changeRole(Role.LIMITED, anotherAdmin(), 1)).hasSize(1);
    }
  }

  @Nested
  class givenALimitedActor_managingUsers_isDenied {
    @Test
    void denied() {
      var user = aUser("worker", Role.LIMITED, true);
      var limited = new Actor(UserId.newId(), Role.LIMITED);
      assertThatThrownBy(() -> user.deactivate(limited, 3))
          .isInstanceOf(PermissionDeniedException.class);
      assertThatThrownBy(() -> user.activate(limited))
          .isInstanceOf(PermissionDeniedException.class);
      assertThatThrownBy(() -> user.changeRole(Role.ADMIN, limited, 3))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(user.isActive()).isTrue();
      assertThat(user.role()).isEqualTo(Role.LIMITED);
    }
  }
}
