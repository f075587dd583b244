package org.crms.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.crms.adapters.web.security.Argon2PasswordHasher;
import org.crms.application.port.out.PasswordHasher;
import org.crms.application.port.out.UnitOfWork;
import org.crms.application.port.out.UserRepository;
import org.crms.application.service.auth.BoundedPasswordHasher;
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

  /**
   * Argon2id, with at most {@code crms.security.concurrent-password-hashes} hashes at once
   * (default: one per core); a caller who waits more than 5 s for a turn is told to try again
   * later.
   */
  @Singleton
  PasswordHasher passwordHasher(
      @Value("${crms.security.concurrent-password-hashes:0}") int concurrent) {
    var bound = concurrent > 0 ? concurrent : java.lang.Runtime.getRuntime().availableProcessors();
    return new BoundedPasswordHasher(new Argon2PasswordHasher(), bound, Duration.ofSeconds(5));
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
