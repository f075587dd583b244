package org.crms.application.service.user;

import org.crms.application.port.in.Page;
import org.crms.application.port.in.user.GetCurrentUserQuery;
import org.crms.application.port.in.user.GetCurrentUserUseCase;
import org.crms.application.port.in.user.ListUsersQuery;
import org.crms.application.port.in.user.ListUsersUseCase;
import org.crms.application.port.in.user.UserNotFoundException;
import org.crms.application.port.in.user.UserPosition;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.domain.user.Permission;
import org.crms.domain.user.User;

/** Reads accounts: the caller's own, or (for admins) a page of all of them. */
public final class UserQueryService implements ListUsersUseCase, GetCurrentUserUseCase {
  private final UserRepository users;
  private final UnitOfWork unitOfWork;

  public UserQueryService(UserRepository users, UnitOfWork unitOfWork) {
    this.users = users;
    this.unitOfWork = unitOfWork;
  }

  @Override
  public User me(GetCurrentUserQuery query) {
    var id = query.actor().userId();
    return unitOfWork
        .readOnly(() -> users.findById(id))
        .orElseThrow(() -> new UserNotFoundException(id));
  }

  @Override
  public Page<User, UserPosition> list(ListUsersQuery query) {
    query.actor().require(Permission.MANAGE_USERS);
    return Page.fetch(
        query.limit(),
        rows -> unitOfWork.readOnly(() -> users.list(query.filter(), query.after(), rows)),
        UserPosition::of);
  }
}
