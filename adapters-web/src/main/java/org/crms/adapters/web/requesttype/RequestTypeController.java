package org.crms.adapters.web.requesttype;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.crms.adapters.web.apidocs.ApiDefinition;
import org.crms.adapters.web.apidocs.ApiDocs;
import org.crms.adapters.web.security.Actors;
import org.crms.adapters.web.shared.EntityTags;
import org.crms.adapters.web.shared.PageCursor;
import org.crms.adapters.web.shared.PageResponse;
import org.crms.adapters.web.shared.QueryFlags;
import org.crms.application.port.in.PageLimit;
import org.crms.application.port.in.requesttype.DefineRequestTypeCommand;
import org.crms.application.port.in.requesttype.DefineRequestTypeUseCase;
import org.crms.application.port.in.requesttype.GetRequestTypeQuery;
import org.crms.application.port.in.requesttype.GetRequestTypeUseCase;
import org.crms.application.port.in.requesttype.ListRequestTypesQuery;
import org.crms.application.port.in.requesttype.ListRequestTypesUseCase;
import org.crms.application.port.in.requesttype.RequestTypeFilter;
import org.crms.application.port.in.requesttype.RequestTypePosition;
import org.crms.application.port.in.requesttype.UpdateRequestTypeCommand;
import org.crms.application.port.in.requesttype.UpdateRequestTypeUseCase;
import org.crms.domain.requesttype.RequestTypeId;

/**
 * The request type resource of the JSON API: list, read, define and update. Permissions are decided
 * by the domain; here only authentication. Deleting and restoring are in {@link
 * RequestTypeTrashController}.
 */
@Controller(RequestTypeController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.REQUEST_TYPES)
final class RequestTypeController {
  static final String PATH = "/api/v1/request-types";

  private final ListRequestTypesUseCase listTypes;
  private final GetRequestTypeUseCase getType;
  private final DefineRequestTypeUseCase defineType;
  private final UpdateRequestTypeUseCase updateType;

  RequestTypeController(
      ListRequestTypesUseCase listTypes,
      GetRequestTypeUseCase getType,
      DefineRequestTypeUseCase defineType,
      UpdateRequestTypeUseCase updateType) {
    this.listTypes = listTypes;
    this.getType = getType;
    this.defineType = defineType;
    this.updateType = updateType;
  }

  /**
   * Lists live request types by name, one keyset page at a time.
   *
   * @param limit how many types a page holds, 1 to 200; 50 when absent
   * @param cursor the {@code nextCursor} of the page before; absent for the first page
   * @param active {@code true} for active types only, {@code false} for inactive ones only
   * @param q a fragment the name must contain, regardless of case
   * @param authentication the caller
   * @return one page of request types, and the cursor of the next
   */
  @Get
  @ApiDocs.Lists
  PageResponse<RequestTypeResponse> listRequestTypes(
      @QueryValue @Nullable Integer limit,
      @QueryValue @Nullable String cursor,
      @QueryValue @Nullable String active,
      @QueryValue @Nullable String q,
      Authentication authentication) {
    var filter = new RequestTypeFilter(QueryFlags.parse("active", active), q);
    var after =
        PageCursor.decode(
            cursor, (id, name) -> new RequestTypePosition(name, new RequestTypeId(id)));
    var query =
        new ListRequestTypesQuery(
            Actors.from(authentication), filter, PageLimit.orDefault(limit), after);
    return PageResponse.of(
        listTypes.list(query),
        RequestTypeResponse::from,
        position -> PageCursor.encode(position.id().value(), position.name()));
  }

  /**
   * Reads one request type.
   *
   * @param id the request type's id
   * @param authentication the caller
   */
  @Get("/{id}")
  @ApiDocs.Reads
  HttpResponse<RequestTypeResponse> getRequestType(UUID id, Authentication authentication) {
    var query = new GetRequestTypeQuery(Actors.from(authentication), new RequestTypeId(id));
    return RequestTypeResponse.tagged(getType.get(query));
  }

  /**
   * Defines a request type; its name must not be taken by another one, whatever the case.
   *
   * @param payload the new type; {@code active} is true when absent
   * @param authentication the caller
   */
  @Post
  @Status(HttpStatus.CREATED)
  @ApiDocs.Creates
  HttpResponse<RequestTypeResponse> defineRequestType(
      @Body RequestTypePayload payload, Authentication authentication) {
    var command = new DefineRequestTypeCommand(Actors.from(authentication), payload.details());
    var type = defineType.define(command);
    var location = URI.create(PATH + "/" + type.id());
    return EntityTags.tagged(
        HttpResponse.created(RequestTypeResponse.from(type), location), type.version());
  }

  /**
   * Replaces every editable field of a request type: a field left out is cleared.
   *
   * @param id the request type's id
   * @param ifMatch the {@code ETag} of the version the change is based on; required
   * @param payload the type's fields as they shall be
   * @param authentication the caller
   */
  @Put("/{id}")
  @ApiDocs.Replaces
  HttpResponse<RequestTypeResponse> updateRequestType(
      UUID id,
      @Header(HttpHeaders.IF_MATCH) @Nullable String ifMatch,
      @Body RequestTypePayload payload,
      Authentication authentication) {
    var typeId = new RequestTypeId(id);
    var expectedVersion = EntityTags.expectedVersion(ifMatch, "RequestType", typeId);
    var command =
        new UpdateRequestTypeCommand(
            Actors.from(authentication), typeId, expectedVersion, payload.details());
    return RequestTypeResponse.tagged(updateType.update(command));
  }
}
