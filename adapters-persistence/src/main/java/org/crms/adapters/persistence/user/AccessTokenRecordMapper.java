package org.crms.adapters.persistence.user;

import org.crms.adapters.persistence.jooq.tables.records.AccessTokenRecord;
import org.crms.application.port.out.StoredAccessToken;
import org.crms.domain.user.AccessTokenKind;
import org.crms.domain.user.UserId;

/** Translates between {@link StoredAccessToken} and rows of {@code access_token}. */
final class AccessTokenRecordMapper {
  private AccessTokenRecordMapper() {}

  static StoredAccessToken toDomain(AccessTokenRecord row) {
    return new StoredAccessToken(
        row.getId(),
        new UserId(row.getUserId()),
        row.getTokenHash(),
        kind(row.getKind()),
        row.getName(),
        row.getIssuedAt(),
        row.getExpiresAt(),
        row.getRevokedAt(),
        row.getLastUsedAt());
  }

  static AccessTokenRecord toRecord(StoredAccessToken token) {
    var row = new AccessTokenRecord();
    row.setId(token.id());
    row.setUserId(token.owner().value());
    row.setTokenHash(token.tokenHash());
    row.setKind(kindCode(token.kind()));
    row.setName(token.name());
    row.setIssuedAt(token.issuedAt());
    row.setExpiresAt(token.expiresAt());
    row.setRevokedAt(token.revokedAt());
    row.setLastUsedAt(token.lastUsedAt());
    return row;
  }

  /**
   * The stored code of a kind; spelled out, so that renaming a constant cannot change stored data.
   */
  static String kindCode(AccessTokenKind kind) {
    return switch (kind) {
      case SESSION -> "SESSION";
      case BROWSER -> "BROWSER";
      case PERSONAL -> "PERSONAL";
    };
  }

  static AccessTokenKind kind(String code) {
    return switch (code) {
      case "SESSION" -> AccessTokenKind.SESSION;
      case "BROWSER" -> AccessTokenKind.BROWSER;
      case "PERSONAL" -> AccessTokenKind.PERSONAL;
      default -> throw new IllegalStateException("Unknown kind code in access_token.kind: " + code);
    };
  }
}
