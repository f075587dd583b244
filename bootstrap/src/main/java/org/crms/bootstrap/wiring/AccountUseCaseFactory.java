package org.crms.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.crms.application.port.in.user.RegisterUserUseCase;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.AttemptCounter;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.application.service.auth.AttemptLimits;
import org.crms.application.service.auth.AuthenticateAccessTokenService;
import org.crms.application.service.auth.Credentials;
import org.crms.application.service.auth.IssueAccessTokenService;
import org.crms.application.service.auth.LogOutService;
import org.crms.application.service.auth.LoginAttempts;
import org.crms.application.service.auth.PersonalTokenService;
import org.crms.application.service.auth.TokenIssuer;
import org.crms.application.service.auth.TokenLifetimes;
import org.crms.application.service.user.AccountChange;
import org.crms.application.service.user.ActivateUserService;
import org.crms.application.service.user.ChangeUserRoleService;
import org.crms.application.service.user.CreateUserService;
import org.crms.application.service.user.DeactivateUserService;
import org.crms.application.service.user.ListTeamMembersService;
import org.crms.application.service.user.NewPasswords;
import org.crms.application.service.user.RegisterUserService;
import org.crms.application.service.user.ThrottledRegistration;
import org.crms.application.service.user.UserQueryService;

/** Builds the use cases of accounts, logins and tokens. */
@Factory
class AccountUseCaseFactory {
  @Singleton
  TokenIssuer tokenIssuer(AccessTokenRepository tokens, Clock clock) {
    return new TokenIssuer(tokens, clock);
  }

  @Singleton
  LoginAttempts loginAttempts(
      AttemptCounter counter,
      AuditTrail audit,
      UnitOfWork uow,
      Clock clock,
      @Value("${crms.security.attempts-per-address-per-minute:10}") int perAddress,
      @Value("${crms.security.failed-logins-per-account-per-hour:100}") int perAccount) {
    return new LoginAttempts(counter, audit, uow, clock, new AttemptLimits(perAddress, perAccount));
  }

  @Singleton
  TokenLifetimes tokenLifetimes(
      @Value("${crms.api.token-lifetime:1h}") Duration api,
      @Value("${crms.session.absolute-lifetime:12h}") Duration browserAbsolute,
      @Value("${crms.session.idle-timeout:30m}") Duration browserIdle) {
    return new TokenLifetimes(api, browserAbsolute, browserIdle);
  }

  @Singleton
  IssueAccessTokenService issueAccessToken(
      Credentials credentials,
      LoginAttempts attempts,
      TokenIssuer issuer,
      UnitOfWork uow,
      Clock clock,
      TokenLifetimes lifetimes) {
    return new IssueAccessTokenService(credentials, attempts, issuer, uow, clock, lifetimes);
  }

  @Singleton
  AuthenticateAccessTokenService authenticateAccessToken(
      AccessTokenRepository tokens, UnitOfWork uow, Clock clock, TokenLifetimes lifetimes) {
    return new AuthenticateAccessTokenService(tokens, uow, clock, lifetimes.browserIdle());
  }

  @Singleton
  LogOutService logOut(
      AccessTokenRepository tokens, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new LogOutService(tokens, audit, uow, clock);
  }

  @Singleton
  PersonalTokenService personalTokens(
      AccessTokenRepository tokens,
      TokenIssuer issuer,
      AuditTrail audit,
      UnitOfWork uow,
      Clock clock) {
    return new PersonalTokenService(tokens, issuer, audit, uow, clock);
  }

  @Singleton
  CreateUserService createUser(
      UserRepository users, NewPasswords passwords, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new CreateUserService(users, passwords, audit, uow, clock);
  }

  /** Registration behind the per-address attempt limit; the unthrottled service is no bean. */
  @Singleton
  RegisterUserUseCase registerUser(
      UserRepository users,
      NewPasswords passwords,
      AuditTrail audit,
      UnitOfWork uow,
      Clock clock,
      LoginAttempts attempts,
      @Value("${crms.registration.enabled:true}") boolean open) {
    return new ThrottledRegistration(
        new RegisterUserService(users, passwords, audit, uow, clock, open), attempts);
  }

  @Singleton
  AccountChange accountChange(UserRepository users, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new AccountChange(users, audit, uow, clock);
  }

  @Singleton
  ActivateUserService activateUser(AccountChange change) {
    return new ActivateUserService(change);
  }

  @Singleton
  DeactivateUserService deactivateUser(
      AccountChange change, AccessTokenRepository tokens, Clock clock) {
    return new DeactivateUserService(change, tokens, clock);
  }

  @Singleton
  ChangeUserRoleService changeUserRole(AccountChange change) {
    return new ChangeUserRoleService(change);
  }

  @Singleton
  UserQueryService queryUsers(UserRepository users, UnitOfWork uow) {
    return new UserQueryService(users, uow);
  }

  @Singleton
  ListTeamMembersService listTeamMembers(UserRepository users, UnitOfWork uow) {
    return new ListTeamMembersService(users, uow);
  }
}
