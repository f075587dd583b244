package org.crms.adapters.web.error;

import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import java.util.List;

/** Fixed, safe descriptions of the errors Micronaut itself detects, by HTTP status and cause. */
final class FrameworkProblems {
  private FrameworkProblems() {}

  static Problem describe(int code, HttpRequest<?> request, Throwable cause) {
    var status = knownStatus(code);
    if (status == null) {
      return new Problem(Problem.BLANK_TYPE, null, code, null, null, null);
    }
    if (code >= 500) {
      return Problem.of(
          status, "An unexpected error occurred. It has been logged; please try again later.");
    }
    return switch (status) {
      case BAD_REQUEST -> badRequest(cause);
      case UNAUTHORIZED ->
          Problem.of(status, "Send a valid access token: 'Authorization: Bearer <token>'.");
      case FORBIDDEN -> Problem.of(status, "You do not have permission to do this.");
      case NOT_FOUND -> Problem.of(status, "Nothing exists at this address.");
      case METHOD_NOT_ALLOWED ->
          Problem.of(status, "The method " + request.getMethodName() + " is not allowed here.");
      case NOT_ACCEPTABLE ->
          Problem.of(status, "This resource is only available as application/json.");
      case UNSUPPORTED_MEDIA_TYPE ->
          Problem.of(
              status,
              "This content type is not accepted here: the API takes application/json, "
                  + "the login form application/x-www-form-urlencoded.");
      case REQUEST_ENTITY_TOO_LARGE -> Problem.of(status, "The request is too large.");
      default -> Problem.of(status, null);
    };
  }

  private static Problem badRequest(Throwable cause) {
    if (cause instanceof ConversionErrorException e) {
      return isBody(e.getArgument())
          ? malformedBody(
              "The request body does not have the expected shape: check the JSON field types.")
          : badParameter(e.getArgument(), "Invalid value.");
    }
    if (cause instanceof UnsatisfiedArgumentException e) {
      return isBody(e.getArgument())
          ? malformedBody("A JSON request body is required.")
          : badParameter(e.getArgument(), "Required.");
    }
    if (cause instanceof UnsatisfiedRouteException e) {
      return isBody(e.getArgument())
          ? malformedBody("A JSON request body is required.")
          : badParameter(e.getArgument(), "Required.");
    }
    if (cause instanceof JsonSyntaxException || cause instanceof CodecException) {
      return malformedBody("The request body is not valid JSON.");
    }
    return Problem.of(HttpStatus.BAD_REQUEST, "The request could not be understood.");
  }

  private static HttpStatus knownStatus(int code) {
    try {
      return HttpStatus.valueOf(code);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Problem malformedBody(String detail) {
    return Problem.of(HttpStatus.BAD_REQUEST, detail);
  }

  private static Problem badParameter(Argument<?> argument, String message) {
    var name = argument.getName();
    return Problem.of(HttpStatus.BAD_REQUEST, "The parameter '" + name + "' is missing or invalid.")
        .withErrors(List.of(new Problem.FieldError(name, message)));
  }

  private static boolean isBody(Argument<?> argument) {
    return argument.getAnnotationMetadata().hasStereotype(Body.class);
  }
}
