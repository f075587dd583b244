package org.crms.application.service.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.crms.application.port.out.AttemptCounter;
import org.crms.application.port.out.AuditTrail;
import org.crms.application.port.out.UnitOfWork;
import org.crms.domain.audit.AuditAction;
import org.crms.domain.audit.AuditEvent;
import org.crms.domain.audit.ItemType;
import org.crms.domain.shared.TooManyAttemptsException;
import org.crms.domain.user.User;

/**
 * Throttles guessable requests and records failed logins. Per client address, every attempt counts
 * (so one address cannot try many accounts); per account, only failures count (so an attacker can
 * slow down, but not stop, the real user, who needs one success). Windows are fixed: a minute per
 * address, an hour per account.
 */
public final class LoginAttempts {
  private static final Duration ADDRESS_WINDOW = Duration.ofMinutes(1);
  private static final Duration ACCOUNT_WINDOW = Duration.ofHours(1);
  private static final Duration KEEP = Duration.ofDays(1);

  /** Longer attempted names are cut, so that nobody can flood the audit trail through them. */
  private static final int MAX_AUDITED_USERNAME = 50;

  private final AttemptCounter counter;
  private final AuditTrail auditTrail;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final AttemptLimits limits;

  public LoginAttempts(
      AttemptCounter counter,
      AuditTrail auditTrail,
      UnitOfWork unitOfWork,
      Clock clock,
      AttemptLimits limits) {
    this.counter = counter;
    this.auditTrail = auditTrail;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.limits = limits;
  }

  /**
   * Counts an attempt from the address and lets it through unless a limit is reached.
   *
   * @param what the kind of attempt ("login", "register"), counted separately
   * @param username the account tried, or null when none is (sign-ups)
   * @throws TooManyAttemptsException when the address or the account is over its limit
   */
  public void admit(String what, String address, String username) {
    var now = clock.instant();
    // Counted and decided in one short transaction; refused after it commits, so the attempt
    // counts.
    var wait =
        unitOfWork.inTransaction(
            () -> {
              var attempts =
                  counter.increment(what + "|address|" + address, windowStart(now, ADDRESS_WINDOW));
              if (attempts == 1) {
                counter.forgetBefore(now.minus(KEEP));
              }
              if (attempts > limits.perAddressPerMinute()) {
                return remaining(now, ADDRESS_WINDOW);
              }
              if (username != null
                  && counter.count(accountKey(username), windowStart(now, ACCOUNT_WINDOW))
                      >= limits.failuresPerAccountPerHour()) {
                return remaining(now, ACCOUNT_WINDOW);
              }
              return Duration.ZERO;
            });
    if (wait.isPositive()) {
      throw new TooManyAttemptsException(wait);
    }
  }

  /** Records a successful login; call inside the transaction that completes it. */
  public void succeeded(User user, String address, Instant at) {
    auditTrail.append(
        AuditEvent.withDetails(
            user.id(),
            at,
            AuditAction.LOGIN_SUCCEEDED,
            ItemType.USER,
            user.id().value(),
            address == null ? Map.of() : Map.of("address", address)));
  }

  /** Counts a failed login against the account and records it in the audit trail. */
  public void failed(String username, String address, String reason) {
    var now = clock.instant();
    var details = new HashMap<String, String>();
    details.put("username", truncated(username));
    details.put("reason", reason);
    if (address != null) {
      details.put("address", address);
    }
    unitOfWork.inTransaction(
        () -> {
          counter.increment(accountKey(username), windowStart(now, ACCOUNT_WINDOW));
          auditTrail.append(
              AuditEvent.withDetails(
                  null, now, AuditAction.LOGIN_FAILED, ItemType.USER, null, Map.copyOf(details)));
          return null;
        });
  }

  private static String accountKey(String username) {
    return "login|account|" + truncated(username).toLowerCase(Locale.ROOT);
  }

  private static Instant windowStart(Instant now, Duration window) {
    var millis = window.toMillis();
    return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis);
  }

  private static Duration remaining(Instant now, Duration window) {
    return Duration.between(now, windowStart(now, window).plus(window));
  }

  private static String truncated(String username) {
    if (username == null) {
      return "";
    }
    return username.length() <= MAX_AUDITED_USERNAME
        ? username
        : username.substring(0, MAX_AUDITED_USERNAME);
  }
}
