package org.crms.domain.archviolation;

/** Breaks "domain exceptions are unchecked". */
public class CheckedRuleException extends Exception {
  private static final long serialVersionUID = 1L;
}
