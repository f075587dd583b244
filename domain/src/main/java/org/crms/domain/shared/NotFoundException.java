package org.crms.domain.shared;

/** Base of every "no such item" failure; the item may never have existed or may be in the trash. */
public abstract class NotFoundException extends DomainException {
  protected NotFoundException(String message) {
    super(message);
  }
}
