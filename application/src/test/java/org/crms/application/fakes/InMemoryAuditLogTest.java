package org.crms.application.fakes;

import java.time.Instant;
import org.crms.application.port.out.AuditLog;
import org.crms.application.port.out.AuditLogContract;
import org.crms.application.port.out.AuditTrail;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.user.PasswordHash;
import org.crms.domain.user.Role;
import org.crms.domain.user.User;
import org.crms.domain.user.UserId;
import org.crms.domain.user.Username;

class InMemoryAuditLogTest extends AuditLogContract {
  private final InMemoryUserRepository users = new InMemoryUserRepository();
  private final InMemoryAuditLog log = new InMemoryAuditLog(users);
  private int sequence;

  @Override
  protected AuditTrail trail() {
    return log;
  }

  @Override
  protected AuditLog log() {
    return log;
  }

  @Override
  protected User persistedUser(Role role) {
    var name = "user" + ++sequence;
    return users.add(
        User.builder()
            .id(UserId.newId())
            .username(new Username(name))
            .email(new EmailAddress(name + "@example.org"))
            .role(role)
            .active(true)
            .passwordHash(new PasswordHash("h"))
            .createdAt(Instant.parse("2026-01-01T00:00:00Z"))
            .build());
  }
}
