package org.crms.domain.shared;

/**
 * Base of every business-rule failure. Unchecked, so that it passes through a unit of work, rolls
 * the transaction back, and is translated once at the edge of the system.
 */
public abstract class DomainException extends RuntimeException {
  protected DomainException(String message) {
    super(message);
  }
}
