package org.crms.adapters.web.auth;

import org.crms.adapters.web.page.Chrome;

/**
 * The page anonymous visitors land on, and the account-disabled page: text and links only.
 *
 * @param registrationOpen whether to offer the registration link
 */
public record StartPage(Chrome chrome, boolean registrationOpen) {}
