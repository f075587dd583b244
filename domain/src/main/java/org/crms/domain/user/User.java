package org.crms.domain.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.Text;

/**
 * A person who can log in: their name, role, whether the account is active, and their password
 * hash.
 */
public final class User {
  private final UserId id;
  private final Username username;
  private final EmailAddress email;
  private final String firstName;
  private final String lastName;
  private final Role role;
  private final boolean active;
  private final PasswordHash passwordHash;
  private final Instant createdAt;
  private final Instant lastLoginAt;
  private final long version;

  private User(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.username = Objects.requireNonNull(b.username, "username");
    this.email = Objects.requireNonNull(b.email, "email");
    this.firstName = Text.bounded("firstName", Text.optional(b.firstName), 150);
    this.lastName = Text.bounded("lastName", Text.optional(b.lastName), 150);
    this.role = Objects.requireNonNull(b.role, "role");
    this.active = b.active;
    this.passwordHash = Objects.requireNonNull(b.passwordHash, "passwordHash");
    this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
    this.lastLoginAt = b.lastLoginAt;
    this.version = b.version;
  }

  /**
   * A new, active account. The password has already passed {@link PasswordPolicy} and been hashed.
   */
  public static User create(
      Username username, EmailAddress email, Role role, PasswordHash passwordHash, Instant at) {
    return builder()
        .id(UserId.newId())
        .username(username)
        .email(email)
        .role(role)
        .active(true)
        .passwordHash(passwordHash)
        .createdAt(at)
        .build();
  }

  /**
   * Rebuilds a stored user. For persistence adapters only: it skips the creation rules (but not
   * null checks).
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The identity this user acts with in commands. */
  public Actor asActor() {
    return new Actor(id, role);
  }

  public UserId id() {
    return id;
  }

  public Username username() {
    return username;
  }

  public EmailAddress email() {
    return email;
  }

  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  public Role role() {
    return role;
  }

  public boolean isActive() {
    return active;
  }

  public PasswordHash passwordHash() {
    return passwordHash;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> lastLoginAt() {
    return Optional.ofNullable(lastLoginAt);
  }

  public long version() {
    return version;
  }

  /** Assembles a {@link User}; see {@link User#builder()}. */
  public static final class Builder {
    private UserId id;
    private Username username;
    private EmailAddress email;
    private String firstName;
    private String lastName;
    private Role role;
    private boolean active;
    private PasswordHash passwordHash;
    private Instant createdAt;
    private Instant lastLoginAt;
    private long version;

    private Builder() {}

    public Builder id(UserId v) {
      id = v;
      return this;
    }

    public Builder username(Username v) {
      username = v;
      return this;
    }

    public Builder email(EmailAddress v) {
      email = v;
      return this;
    }

    public Builder firstName(String v) {
      firstName = v;
      return this;
    }

    public Builder lastName(String v) {
      lastName = v;
      return this;
    }

    public Builder role(Role v) {
      role = v;
      return this;
    }

    public Builder active(boolean v) {
      active = v;
      return this;
    }

    public Builder passwordHash(PasswordHash v) {
      passwordHash = v;
      return this;
    }

    public Builder createdAt(Instant v) {
      createdAt = v;
      return this;
    }

    public Builder lastLoginAt(Instant v) {
      lastLoginAt = v;
      return this;
    }

    public Builder version(long v) {
      version = v;
      return this;
    }

    public User build() {
      return new User(this);
    }
  }
}
