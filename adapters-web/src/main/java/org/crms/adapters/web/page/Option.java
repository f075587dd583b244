package org.crms.adapters.web.page;

/**
 * One choice of a select box.
 *
 * @param value what the form sends
 * @param label what the user reads
 */
public record Option(String value, String label) {}
