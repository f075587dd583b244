package org.crms.application.port.out;

import org.crms.domain.user.PasswordHash;

/** Turns passwords into adaptive hashes and checks passwords against them. */
public interface PasswordHasher {
  PasswordHash hash(String password);

  /** Whether the password matches; takes the full hashing time whatever the answer. */
  boolean matches(String password, PasswordHash hash);
}
