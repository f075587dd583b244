package org.crms.domain.user;

/**
 * Why a token exists: an API login by password, a browser session (a cookie, which also ends after
 * a while without use), or a personal token a user made for a script or tool.
 */
public enum AccessTokenKind {
  SESSION,
  BROWSER,
  PERSONAL
}
