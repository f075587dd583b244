package org.crms.application.port.in.user;

import java.util.List;

/**
 * Use case: any signed-in user lists every account's name, so that pages can show who owns a
 * request and offer teammates as owners.
 */
public interface ListTeamMembersUseCase {
  /**
   * @return every account, active or not, ordered by username regardless of case, then id
   * @throws org.crms.domain.user.PermissionDeniedException unless the actor may view records
   */
  List<TeamMember> list(ListTeamMembersQuery query);
}
