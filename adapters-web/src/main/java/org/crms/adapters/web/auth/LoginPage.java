package org.crms.adapters.web.auth;

import io.micronaut.core.annotation.Nullable;
import org.crms.adapters.web.page.Chrome;

/**
 * The login form.
 *
 * @param next the local path to go to after logging in, if one was asked for
 * @param error why the previous attempt failed, in words for the user
 * @param notice a neutral message, such as having been logged out
 * @param registrationOpen whether to offer the registration link
 */
public record LoginPage(
    Chrome chrome,
    @Nullable String next,
    @Nullable String error,
    @Nullable String notice,
    boolean registrationOpen) {}
