package org.crms.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.crms.application.fakes.ImmediateUnitOfWork;
import org.crms.application.fakes.InMemoryUserRepository;
import org.crms.application.port.in.user.ListTeamMembersQuery;
import org.crms.application.port.in.user.TeamMember;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;
import org.junit.jupiter.api.Test;

class ListTeamMembersServiceTest {
  private static final Instant NOW = Instant.parse("2026-04-01T12:00:00Z");
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final ImmediateUnitOfWork unitOfWork = new ImmediateUnitOfWork();

  private User aUser(String name, Role role, boolean active) {
    return users.add(
        User.builder()
            .id(UserId.newId())
            .username(new Username(name))
            .email(new EmailAddress(name + "@example.org"))
            .role(role)
            .active(active)
            .passwordHash(new PasswordHash("h"))
            .createdAt(NOW)
            .build());
  }

  @Test
  void a_limited_user_reads_every_account_across_pages_in_name_order_in_one_read() {
    aUser("daniel", Role.ADMIN, true);
    var worker = aUser("carol", Role.LIMITED, true);
    var gone = aUser("Bobby", Role.LIMITED, false);
    aUser("alice", Role.LIMITED, true);
    var service = new ListTeamMembersService(users, unitOfWork, 2);

    var team = service.list(new ListTeamMembersQuery(worker.asActor()));

    assertThat(team)
        .extracting(m -> m.username().value())
        .containsExactly("alice", "Bobby", "carol", "daniel");
    assertThat(team).contains(new TeamMember(gone.id(), gone.username(), false));
    assertThat(unitOfWork.reads()).isEqualTo(1);
    assertThat(unitOfWork.writes()).isZero();
  }

  @Test
  void a_last_short_page_ends_the_reading_and_the_default_size_reads_everyone() {
    var admin = aUser("admin1", Role.ADMIN, true);
    aUser("bobbie", Role.LIMITED, true);
    aUser("carol", Role.LIMITED, true);

    assertThat(new ListTeamMembersService(users, unitOfWork, 3).list(query(admin))).hasSize(3);
    assertThat(new ListTeamMembersService(users, unitOfWork).list(query(admin)))
        .extracting(TeamMember::id)
        .startsWith(admin.id())
        .hasSize(3);
  }

  private static ListTeamMembersQuery query(User user) {
    return new ListTeamMembersQuery(user.asActor());
  }
}
