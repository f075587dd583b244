package org.crms.domain.user;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crms.domain.shared.Changes;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.FieldChange;
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
  private Role role;
  private boolean active;
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
   * A person signing themself up: an active account with the LIMITED role, whatever they might ask
   * for. The password has already passed {@link PasswordPolicy} and been hashed.
   */
  public static User register(
      Username username,
      EmailAddress email,
      String firstName,
      String lastName,
      PasswordHash passwordHash,
      Instant at) {
    return builder()
        .id(UserId.newId())
        .username(username)
        .email(email)
        .firstName(firstName)
        .lastName(lastName)
        .role(Role.LIMITED)
        .active(true)
        .passwordHash(passwordHash)
        .createdAt(at)
        .build();
  }

  /**
   * Lets the user log in again.
   *
   * @return the changed fields; empty when the account was already active
   * @throws PermissionDeniedException unless the actor may manage users
   */
  public List<FieldChange> activate(Actor actor) {
    actor.require(Permission.MANAGE_USERS);
    var changes = new Changes().compare("active", active, true).list();
    active = true;
    return changes;
  }

  /**
   * Stops the user from logging in; their sessions and tokens stop working too.
   *
   * @param activeAdmins how many active admins there are now, this user included if they are one
   * @return the changed fields; empty when the account was already inactive
   * @throws PermissionDeniedException unless the actor may manage users
   * @throws OwnAccountChangeException if the actor is this user
   * @throws LastActiveAdminException if this user is the last active admin
   */
  public List<FieldChange> deactivate(Actor actor, long activeAdmins) {
    actor.require(Permission.MANAGE_USERS);
    if (isSelf(actor)) {
      throw new OwnAccountChangeException("You cannot deactivate your own account!");
    }
    if (active && role == Role.ADMIN && activeAdmins <= 1) {
      throw new LastActiveAdminException();
    }
    var changes = new Changes().compare("active", active, false).list();
    active = false;
    return changes;
  }

  /**
   * Gives the user another role.
   *
   * @param activeAdmins how many active admins there are now, this user included if they are one
   * @return the changed fields; empty when the role is the same
   * @throws PermissionDeniedException unless the actor may manage users
   * @throws OwnAccountChangeException if the actor is this user
   * @throws LastActiveAdminException if this would demote the last active admin
   */
  public List<FieldChange> changeRole(Role next, Actor actor, long activeAdmins) {
    actor.require(Permission.MANAGE_USERS);
    Objects.requireNonNull(next, "role");
    if (isSelf(actor)) {
      throw new OwnAccountChangeException("You cannot change your own role!");
    }
    if (active && role == Role.ADMIN && next != Role.ADMIN && activeAdmins <= 1) {
      throw new LastActiveAdminException();
    }
    var changes = new Changes().compare("role", role, next).list();
    role = next;
    return changes;
  }

  private boolean isSelf(Actor actor) {
    return actor.userId().equals(id);
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
