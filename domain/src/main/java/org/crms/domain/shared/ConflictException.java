package org.crms.domain.shared;

/** Base of failures where the request is valid but clashes with the current state of the data. */
public abstract class ConflictException extends DomainException {
  protected ConflictException(String message) {
    super(message);
  }
}
