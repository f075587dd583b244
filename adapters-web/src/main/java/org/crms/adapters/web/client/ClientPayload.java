package org.crms.adapters.web.client;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Violations;

/**
 * The editable fields of a client as sent by API clients; {@code active} defaults to true when
 * absent.
 *
 * @param active kept untyped on purpose: the JSON reader would take any string for false, so it is
 *     checked here to be a JSON boolean
 */
@Serdeable
record ClientPayload(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
    String email,
    String phone,
    String companyUrl,
    @Schema(
            type = "boolean",
            defaultValue = "true",
            description = "Whether the client is active; true when absent.")
        Object active) {

  /**
   * @throws InvalidValueException naming every invalid field
   */
  ClientDetails details() {
    var violations = new Violations();
    var details = violations.check(() -> ClientDetails.parse(name, email, phone, companyUrl, true));
    var activeFlag = violations.check(this::activeFlag);
    violations.throwIfAny();
    return new ClientDetails(
        details.name(), details.email(), details.phone(), details.companyUrl(), activeFlag);
  }

  private Boolean activeFlag() {
    if (active == null) {
      return Boolean.TRUE;
    }
    if (active instanceof Boolean flag) {
      return flag;
    }
    throw new InvalidValueException("active", "Must be true or false.");
  }
}
