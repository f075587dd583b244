package org.crms.application.port.in.dashboard;

/** Use case: what needs attention now, for the landing page after login. */
public interface GetDashboardUseCase {
  /**
   * @throws org.crms.domain.user.PermissionDeniedException if the actor may not view records
   */
  Dashboard get(GetDashboardQuery query);
}
