package org.crms.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.crms.adapters.web.security.Argon2PasswordHasher;
import org.crms.application.port.out.PasswordHasher;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.application.service.auth.Credentials;
import org.crms.application.service.user.NewPasswords;
import org.crms.domain.user.PasswordPolicy;

/** The collaborators that services share: time, password hashing and the password rules. */
@Factory
class CoreFactory {
  @Singleton
  Clock clock() {
    return Clock.systemUTC();
  }

  @Singleton
  PasswordHasher passwordHasher() {
    return new Argon2PasswordHasher();
  }

  @Singleton
  PasswordPolicy passwordPolicy() {
    return new PasswordPolicy(CommonPasswords.load()::contains);
  }

  @Singleton
  NewPasswords newPasswords(PasswordPolicy policy, PasswordHasher hasher) {
    return new NewPasswords(policy, hasher);
  }

  @Singleton
  Credentials credentials(UserRepository users, PasswordHasher hasher, UnitOfWork unitOfWork) {
    return new Credentials(users, hasher, unitOfWork);
  }
}
