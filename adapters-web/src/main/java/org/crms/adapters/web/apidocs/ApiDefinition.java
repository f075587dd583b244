package org.crms.adapters.web.apidocs;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.crms.adapters.web.security.SessionCookies;

/**
 * The root of the OpenAPI document: its title, tags and security schemes. The annotation processor
 * micronaut-openapi writes the document while this module compiles (settings in {@code
 * openapi.properties}) from every controller's Javadoc, its signatures and the annotations of
 * {@link ApiDocs} and {@link ApiProblems}; {@link ApiDocsController} serves it.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "CRMS API",
            version = "1",
            description =
                "The JSON API of CRMS, the Client Request Management System. Errors are RFC 9457"
                    + " problem details (`application/problem+json`); lists are keyset pages;"
                    + " changes to versioned items send the item's `ETag` back in `If-Match`. The"
                    + " lists of clients, request types, client requests, contact records, users"
                    + " and the audit log are also CSV exports of every matching item:"
                    + " `format=csv`, or `Accept: text/csv`."),
    tags = {
      @Tag(name = ApiDefinition.AUTHENTICATION, description = "Log in, sign up, log out."),
      @Tag(name = ApiDefinition.ACCOUNT, description = "The caller's own account and tokens."),
      @Tag(name = ApiDefinition.CLIENTS, description = "Clients, their trash included."),
      @Tag(name = ApiDefinition.REQUEST_TYPES, description = "Kinds of client request."),
      @Tag(
          name = ApiDefinition.CLIENT_REQUESTS,
          description =
              "What clients ask for: Pending, In progress, Completed; bulk edits included."),
      @Tag(
          name = ApiDefinition.CONTACT_RECORDS,
          description = "Contacts made with people, about client requests or not."),
      @Tag(name = ApiDefinition.USERS, description = "User administration (admins only)."),
      @Tag(
          name = ApiDefinition.SEARCH,
          description = "One search over requests, clients and contact records."),
      @Tag(name = ApiDefinition.DASHBOARD, description = "What needs attention now."),
      @Tag(
          name = ApiDefinition.TRASH,
          description = "Everything deleted, to bring back (admins only)."),
      @Tag(
          name = ApiDefinition.AUDIT,
          description = "The audit trail: every change, who made it and when."),
      @Tag(name = ApiDefinition.BROWSER, description = "HTML form log-in for browsers."),
      @Tag(name = ApiDefinition.DOCUMENTATION, description = "This document and its page.")
    })
@SecurityScheme(
    name = ApiDefinition.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "A token from `POST /api/v1/auth/token`, or a personal token.")
@SecurityScheme(
    name = ApiDefinition.SESSION_COOKIE,
    type = SecuritySchemeType.APIKEY,
    in = SecuritySchemeIn.COOKIE,
    paramName = SessionCookies.NAME,
    description =
        "The browser session from `POST /login`. Requests that change data must also send"
            + " the session's `X-CSRF-Token` (see `GET /api/v1/me/csrf-token`).")
public final class ApiDefinition {
  /** Where the processor writes the document, on the classpath. */
  public static final String DOCUMENT = "META-INF/swagger/crms-api.yml";

  public static final String BEARER = "bearerAuth";
  public static final String SESSION_COOKIE = "sessionCookie";
  public static final String PROBLEM_JSON = "application/problem+json";

  public static final String AUTHENTICATION = "Authentication";
  public static final String ACCOUNT = "Account";
  public static final String CLIENTS = "Clients";
  public static final String REQUEST_TYPES = "Request types";
  public static final String CLIENT_REQUESTS = "Client requests";
  public static final String CONTACT_RECORDS = "Contact records";
  public static final String USERS = "Users";
  public static final String SEARCH = "Search";
  public static final String DASHBOARD = "Dashboard";
  public static final String TRASH = "Trash";
  public static final String AUDIT = "Audit trail";
  public static final String BROWSER = "Browser session";
  public static final String DOCUMENTATION = "API documentation";

  private ApiDefinition() {}
}
