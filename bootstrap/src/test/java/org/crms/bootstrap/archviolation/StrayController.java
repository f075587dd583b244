package org.crms.bootstrap.archviolation;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;

/**
 * Breaks "controllers live in the web adapter". Its bean needs a property nobody sets, so
 * end-to-end tests never serve it.
 */
@Controller("/stray")
@Requires(property = "crms.never-set-architecture-fixture")
public class StrayController {}
