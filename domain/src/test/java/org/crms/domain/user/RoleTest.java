package org.crms.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleTest {
  private static final Set<Permission> ADMIN_ONLY =
      EnumSet.of(Permission.DELETE_RECORDS, Permission.MANAGE_USERS, Permission.VIEW_AUDIT_LOG);

  @Nested
  class givenAdmin_askedForAnyPermission_allows {
    @ParameterizedTest
    @EnumSource(Permission.class)
    void allows(Permission permission) {
      assertThat(Role.ADMIN.allows(permission)).isTrue();
    }
  }

  @Nested
  class givenLimited_askedForAPermission_allowsAllButAdminOnes {
    @ParameterizedTest
    @EnumSource(Permission.class)
    void decides(Permission permission) {
      assertThat(Role.LIMITED.allows(permission)).isEqualTo(!ADMIN_ONLY.contains(permission));
    }
  }

  @Nested
  class givenLimitedActor_requiringDelete_isDenied {
    @ParameterizedTest
    @EnumSource(
        value = Permission.class,
        names = {"DELETE_RECORDS", "MANAGE_USERS", "VIEW_AUDIT_LOG"})
    void denied(Permission permission) {
      var actor = new Actor(UserId.newId(), Role.LIMITED);
      assertThatThrownBy(() -> actor.require(permission))
          .isInstanceOf(PermissionDeniedException.class)
          .extracting(e -> ((PermissionDeniedException) e).permission())
          .isEqualTo(permission);
    }
  }

  @Nested
  class givenAnyRole_listingPermissions_matchesAllows {
    @ParameterizedTest
    @EnumSource(Role.class)
    void consistent(Role role) {
      for (var permission : Permission.values()) {
        assertThat(role.permissions().contains(permission)).isEqualTo(role.allows(permission));
      }
    }
  }
}
