package org.crms.adapters.web.page;

/**
 * The signed-in user as pages show them.
 *
 * @param username the name they sign in with
 * @param admin whether their role is ADMIN: decides only what is shown, never what is allowed
 */
public record Viewer(String username, boolean admin) {}
