package org.crms.adapters.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import java.util.Map;
import org.crms.adapters.web.security.Actors;

/**
 * Endpoints that exist only in tests of the error mapping and authentication, for one test class.
 */
@Controller("/probe")
@Requires(property = "spec.name", value = "probe")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProbeController {
  @Get("/boom")
  @Secured(SecurityRule.IS_ANONYMOUS)
  String boom() {
    throw new IllegalStateException("the database password is hunter2");
  }

  @Get("/whoami")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Map<String, String> whoami(Authentication authentication) {
    var actor = Actors.from(authentication);
    return Map.of(
        "name",
        authentication.getName(),
        "userId",
        actor.userId().toString(),
        "role",
        actor.role().name());
  }

  /** Answers with the Cache-Control header the caller asks for, as a handler might set it. */
  @Get("/cached")
  @Secured(SecurityRule.IS_ANONYMOUS)
  HttpResponse<String> cached(@QueryValue String cacheControl) {
    return HttpResponse.ok("cached").header(HttpHeaders.CACHE_CONTROL, cacheControl);
  }

  /** Echoes a form field, to prove the CSRF filter leaves the body whole for the controller. */
  @Post("/form")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Map<String, String> form(@Body Map<String, String> form, Authentication authentication) {
    return Map.of("name", authentication.getName(), "note", form.getOrDefault("note", ""));
  }

  /** A form bound to a record, as page forms are (the body is read again by the binder). */
  @Post("/record-form")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  Map<String, String> recordForm(@Body NoteForm form) {
    return Map.of("note", form.note() == null ? "" : form.note());
  }

  /** The fields of {@link #recordForm}. */
  @io.micronaut.serde.annotation.Serdeable
  record NoteForm(@io.micronaut.core.annotation.Nullable String note) {}

  @Get("/admins-only")
  @Secured("ADMIN")
  String adminsOnly() {
    return "hello admin";
  }
}
