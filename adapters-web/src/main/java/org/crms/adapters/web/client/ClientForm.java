package org.crms.adapters.web.client;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;
import org.crms.adapters.web.error.BadRequestException;
import org.crms.adapters.web.page.FieldErrors;
import org.crms.domain.client.Client;
import org.crms.domain.client.ClientDetails;
import org.crms.domain.client.PhoneNumber;
import org.crms.domain.client.WebsiteUrl;
import org.crms.domain.shared.DomainException;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.InvalidValueException;

/**
 * The fields of the client form as the browser sends them, and as the form shows them again. The
 * input names are the domain's field names, so that its messages land next to their fields.
 *
 * @param active "true" when the box is ticked; absent (null) when it is not
 * @param version the version the edit is based on; absent on the new-client form
 */
@Serdeable
public record ClientForm(
    @Nullable String name,
    @Nullable String email,
    @Nullable String phone,
    @Nullable String companyUrl,
    @Nullable String active,
    @Nullable String version) {

  /** The empty form of a new client, which is active unless unticked. */
  static ClientForm blank() {
    return new ClientForm(null, null, null, null, "true", null);
  }

  /** The stored client, to edit. */
  static ClientForm of(Client client) {
    var details = client.details();
    return new ClientForm(
        details.name().value(),
        details.emailAddress().map(EmailAddress::value).orElse(null),
        details.phoneNumber().map(PhoneNumber::value).orElse(null),
        details.website().map(WebsiteUrl::value).orElse(null),
        details.active() ? "true" : null,
        Long.toString(client.version()));
  }

  /** The same values, based on another version: the one stored now, after a conflict. */
  ClientForm basedOn(long storedVersion) {
    return new ClientForm(name, email, phone, companyUrl, active, Long.toString(storedVersion));
  }

  public boolean activeChecked() {
    return active != null;
  }

  /**
   * @throws InvalidValueException naming every invalid field
   */
  ClientDetails details() {
    return ClientDetails.parse(name, email, phone, companyUrl, activeChecked());
  }

  /** The messages of a refused form: the domain's, or a taken name as the name's. */
  static FieldErrors errorsOf(DomainException refusal) {
    return refusal instanceof InvalidValueException invalid
        ? FieldErrors.of(invalid)
        : FieldErrors.of("name", refusal.getMessage());
  }

  /**
   * @throws BadRequestException if the hidden version is missing or was tampered with
   */
  long expectedVersion() {
    try {
      return Long.parseLong(version == null ? "" : version.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException("version", "The form lacks its version; reload the page.");
    }
  }

  /**
   * The fields whose stored value differs from this form's, both as they would be stored.
   *
   * @throws InvalidValueException if this form is invalid
   */
  List<ChangedField> differencesFrom(Client stored) {
    var now = stored.details();
    var yours = details();
    return ChangedField.differing(
        new ChangedField("Name", now.name().value(), yours.name().value()),
        new ChangedField("Email", text(now.emailAddress()), text(yours.emailAddress())),
        new ChangedField("Phone", text(now.phoneNumber()), text(yours.phoneNumber())),
        new ChangedField("Company URL", text(now.website()), text(yours.website())),
        new ChangedField("Active", yesNo(now.active()), yesNo(yours.active())));
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse("");
  }

  private static String yesNo(boolean flag) {
    return flag ? "Yes" : "No";
  }
}
