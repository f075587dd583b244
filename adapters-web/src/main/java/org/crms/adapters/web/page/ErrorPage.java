package org.crms.adapters.web.page;

/**
 * An error shown as a page: what went wrong, in the words of the problem the API would answer.
 *
 * @param status the HTTP status
 * @param title a short heading
 * @param detail what happened and what to do; may be empty
 */
public record ErrorPage(Chrome chrome, int status, String title, String detail) {}
