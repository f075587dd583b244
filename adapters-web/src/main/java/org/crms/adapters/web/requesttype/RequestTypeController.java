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
import org.crms.application.port.in.requesttype.DefineRequestTypeCommand;
import org.crms.application.port.in.requesttype.DefineRequestTypeUseCase;
import org.crms.application.port.in.requesttype.GetRequestTypeQuery;
import org.crms.application.port.in.requesttype.GetRequestTypeUseCase;
import org.crms.application.port.in.requesttype.UpdateRequestTypeCommand;
import org.crms.application.port.in.requesttype.UpdateRequestTypeUseCase;
import org.crms.domain.requesttype.RequestTypeId;

/**
 * The request type resource of the JSON API: read, define and update. Permissions are decided by
 * the domain; here only authentication. The list is in {@link RequestTypeListController}; deleting
 * and restoring are in {@link RequestTypeTrashController}.
 */
@Controller(RequestTypeController.PATH)
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@ApiDocs.SignedIn
@Tag(name = ApiDefinition.REQUEST_TYPES)
final class RequestTypeController {
  static final String PATH = "/api/v1/request-types";

  private final GetRequestTypeUseCase getType;
  private final DefineRequestTypeUseCase defineType;
  private final UpdateRequestTypeUseCase updateType;

  RequestTypeController(
      GetRequestTypeUseCase getType,
      DefineRequestTypeUseCase defineType,
      UpdateRequestTypeUseCase updateType) {
    this.getType = getType;
    this.defineType = defineType;
    this.updateType = updateType;
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
