package org.crms.adapters.web.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A personal token to make.
 *
 * @param validDays how long it works, 1 to 365 days; absent for 90
 */
@Serdeable
record PersonalTokenPayload(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
    @Schema(minimum = "1", maximum = "365", defaultValue = "90") Integer validDays) {}
