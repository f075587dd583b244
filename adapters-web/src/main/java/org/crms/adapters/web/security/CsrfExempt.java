package org.crms.adapters.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint that starts a browser session, so that there is no session, hence no CSRF
 * token, yet (the login form). {@link CsrfFilter} lets it through without a token but refuses it
 * when an {@code Origin} header names another host; {@code SameSite=Lax} does the rest.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CsrfExempt {}
