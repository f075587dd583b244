package org.crms.adapters.web.requesttype;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigInteger;
import org.crms.domain.requesttype.RequestTypeDetails;
import org.crms.domain.shared.InvalidValueException;
import org.crms.domain.shared.Violations;

/**
 * The editable fields of a request type as sent by API clients; {@code active} defaults to true
 * when absent.
 *
 * @param targetDays kept untyped on purpose: the JSON reader would fail on a string or truncate a
 *     fraction, so it is checked here to be a JSON integer or null
 * @param active kept untyped on purpose: the JSON reader would take any string for false, so it is
 *     checked here to be a JSON boolean
 */
@Serdeable
record RequestTypePayload(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
    String description,
    @Schema(
            type = "integer",
            minimum = "1",
            maximum = "365",
            nullable = true,
            description =
                "Days a request of this type usually takes, which sets its due date; null for none.")
        Object targetDays,
    @Schema(
            type = "boolean",
            defaultValue = "true",
            description = "Whether the type is offered for new requests; true when absent.")
        Object active) {
  private static final BigInteger MIN_INT = BigInteger.valueOf(Integer.MIN_VALUE);
  private static final BigInteger MAX_INT = BigInteger.valueOf(Integer.MAX_VALUE);

  /**
   * @throws InvalidValueException naming every invalid field
   */
  RequestTypeDetails details() {
    var violations = new Violations();
    var days = wholeDays();
    var details = violations.check(() -> RequestTypeDetails.parse(name, description, days, true));
    violations.check(this::requireWholeDays);
    var activeFlag = violations.check(this::activeFlag);
    violations.throwIfAny();
    return new RequestTypeDetails(
        details.name(), details.description(), details.targetDays(), activeFlag);
  }

  /**
   * @return the JSON integer as an int, clamped so that the domain rejects any value beyond an int
   *     as out of range; null when absent or not a JSON integer
   */
  private Integer wholeDays() {
    BigInteger whole;
    if (targetDays instanceof Integer
        || targetDays instanceof Long
        || targetDays instanceof Short
        || targetDays instanceof Byte) {
      whole = BigInteger.valueOf(((Number) targetDays).longValue());
    } else if (targetDays instanceof BigInteger big) {
      whole = big;
    } else {
      return null;
    }
    return whole.max(MIN_INT).min(MAX_INT).intValueExact();
  }

  private Object requireWholeDays() {
    if (targetDays != null && wholeDays() == null) {
      throw new InvalidValueException("targetDays", "Must be a whole number of days, or null.");
    }
    return targetDays;
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
