package org.crms.domain.user;

/**
 * Why a token exists: a login by password, or a personal token a user made for a script or tool.
 */
public enum AccessTokenKind {
  SESSION,
  PERSONAL
}
