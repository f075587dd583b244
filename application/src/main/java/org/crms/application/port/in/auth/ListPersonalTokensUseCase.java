package org.crms.application.port.in.auth;

import java.util.List;

/** Use case: a user sees their personal tokens (never their secrets). */
public interface ListPersonalTokensUseCase {
  List<PersonalToken> list(ListPersonalTokensQuery query);
}
