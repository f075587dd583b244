package org.crms.adapters.web.auth;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A personal token to make.
 *
 * @param validDays how long it works, 1 to 365 days; absent for 90
 */
@Serdeable
record PersonalTokenPayload(String name, Integer validDays) {}
