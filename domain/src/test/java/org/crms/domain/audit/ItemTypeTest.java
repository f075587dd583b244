package org.crms.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.crms.domain.user.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ItemTypeTest {

  @Nested
  class givenARecordKind_askingWhoMayReadItsHistory_everyRoleMay {
    @ParameterizedTest
    @EnumSource(
        value = ItemType.class,
        names = {"CLIENT", "REQUEST_TYPE", "REQUEST", "CONTACT_RECORD"})
    void open(ItemType type) {
      for (var role : Role.values()) {
        assertThat(role.allows(type.historyPermission())).as("%s as %s", type, role).isTrue();
      }
    }
  }

  @Nested
  class givenAUser_askingWhoMayReadTheirHistory_onlyAdminsMay {
    @ParameterizedTest
    @EnumSource(Role.class)
    void adminOnly(Role role) {
      assertThat(role.allows(ItemType.USER.historyPermission())).isEqualTo(role == Role.ADMIN);
    }
  }
}
