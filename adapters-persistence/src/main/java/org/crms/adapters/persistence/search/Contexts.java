package org.crms.adapters.persistence.search;

/** The short hint each kind of hit shows next to its label. */
final class Contexts {
  static final String SEPARATOR = " · ";
  static final String ELLIPSIS = "…";

  private Contexts() {}

  /** The client's name, and the reference when the request has one. */
  static String request(String clientName, String reference) {
    return reference == null ? clientName : clientName + SEPARATOR + reference;
  }

  /** How to reach the client: the e-mail address, else the phone number; null for neither. */
  static String client(String email, String phone) {
    return email != null ? email : phone;
  }

  /**
   * The text if it has at most {@code max} characters (code points), else its start and an
   * ellipsis, {@code max} characters in all.
   */
  static String shortened(String text, int max) {
    if (text == null || text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
  }
}
