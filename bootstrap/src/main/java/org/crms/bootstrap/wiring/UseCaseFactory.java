package org.crms.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.crms.application.port.out.AccessTokenRepository;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.ClientRepository;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.application.service.auth.AuthenticateAccessTokenService;
import org.crms.application.service.auth.Credentials;
import org.crms.application.service.auth.IssueAccessTokenService;
import org.crms.application.service.client.ClientQueryService;
import org.crms.application.service.client.CreateClientService;
import org.crms.application.service.client.DeleteClientService;
import org.crms.application.service.client.RestoreClientService;
import org.crms.application.service.client.UpdateClientService;
import org.crms.application.service.user.CreateUserService;
import org.crms.application.service.user.NewPasswords;

/**
 * Builds the use cases: plain objects of the application core, given the adapters that implement
 * its ports.
 */
@Factory
class UseCaseFactory {
  @Singleton
  CreateClientService createClient(
      ClientRepository clients, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new CreateClientService(clients, audit, uow, clock);
  }

  @Singleton
  UpdateClientService updateClient(
      ClientRepository clients, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new UpdateClientService(clients, audit, uow, clock);
  }

  @Singleton
  DeleteClientService deleteClient(
      ClientRepository clients, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new DeleteClientService(clients, audit, uow, clock);
  }

  @Singleton
  RestoreClientService restoreClient(
      ClientRepository clients, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new RestoreClientService(clients, audit, uow, clock);
  }

  @Singleton
  ClientQueryService queryClients(ClientRepository clients, UnitOfWork uow) {
    return new ClientQueryService(clients, uow);
  }

  @Singleton
  CreateUserService createUser(
      UserRepository users, NewPasswords passwords, AuditTrail audit, UnitOfWork uow, Clock clock) {
    return new CreateUserService(users, passwords, audit, uow, clock);
  }

  @Singleton
  IssueAccessTokenService issueAccessToken(
      Credentials credentials,
      AccessTokenRepository tokens,
      UnitOfWork uow,
      Clock clock,
      @Value("${crms.api.token-lifetime:1h}") Duration lifetime) {
    return new IssueAccessTokenService(credentials, tokens, uow, clock, lifetime);
  }

  @Singleton
  AuthenticateAccessTokenService authenticateAccessToken(
      AccessTokenRepository tokens, UnitOfWork uow, Clock clock) {
    return new AuthenticateAccessTokenService(tokens, uow, clock);
  }
}
