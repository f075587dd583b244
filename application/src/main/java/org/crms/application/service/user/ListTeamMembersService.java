package org.crms.application.service.user;

import java.util.ArrayList;
import java.util.List;
import org.crms.application.port.in.user.ListTeamMembersQuery;
import org.crms.application.port.in.user.ListTeamMembersUseCase;
import org.crms.application.port.in.user.TeamMember;
import org.crms.application.port.in.user.UserFilter;
import org.crms.application.port.in.user.UserPosition;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.user.Permission;
import org.crms.domain.user.User;

/** Lists every account's name for any signed-in user, reading the user list page by page. */
public final class ListTeamMembersService implements ListTeamMembersUseCase {
  private static final int PAGE_SIZE = 500;
  private final UserRepository users;
  private final UnitOfWork unitOfWork;
  private final int pageSize;

  public ListTeamMembersService(UserRepository users, UnitOfWork unitOfWork) {
    this(users, unitOfWork, PAGE_SIZE);
  }

  ListTeamMembersService(UserRepository users, UnitOfWork unitOfWork, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be positive");
    }
    this.users = users;
    this.unitOfWork = unitOfWork;
    this.pageSize = pageSize;
  }

  @Override
  public List<TeamMember> list(ListTeamMembersQuery query) {
    query.actor().require(Permission.VIEW_RECORDS);
    return unitOfWork.readOnly(this::everyone);
  }

  private List<TeamMember> everyone() {
    var members = new ArrayList<TeamMember>();
    UserPosition after = null;
    List<User> page;
    do {
      page = users.list(UserFilter.all(), after, pageSize);
      page.forEach(user -> members.add(TeamMember.of(user)));
      after = page.isEmpty() ? after : UserPosition.of(page.get(page.size() - 1));
    } while (page.size() == pageSize);
    return List.copyOf(members);
  }
}
