package org.crms.adapters.web.error;

/**
 * A change was sent without the {@code If-Match} header that guards against lost updates; answered
 * with 428.
 */
public final class PreconditionRequiredException extends RuntimeException {
  public PreconditionRequiredException(String message) {
    super(message);
  }
}
