package org.crms.adapters.web.auth;

import io.micronaut.serde.annotation.Serdeable;

/** The CSRF token of the caller's browser session, for scripts that send it in a header. */
@Serdeable
record CsrfTokenResponse(String csrfToken) {}
