package org.crms.adapters.web.error;

/**
 * A request the web adapter itself cannot read, such as an unreadable pagination cursor. Answered
 * with 400 and the offending parameter; never used for business rules, which the domain reports.
 */
public final class BadRequestException extends RuntimeException {
  private final String field;

  public BadRequestException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
