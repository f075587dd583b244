package org.crms.domain.client;

import java.util.Objects;
import java.util.Optional;
import org.crms.domain.shared.EmailAddress;
import org.crms.domain.shared.Violations;

/**
 * Everything about a client that a person edits: name, optional e-mail, phone and company URL, and
 * whether the client is active. Always valid once built.
 */
public record ClientDetails(
    ClientName name, EmailAddress email, PhoneNumber phone, WebsiteUrl companyUrl, boolean active) {

  public ClientDetails {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Parses raw input, reporting every invalid field at once.
   *
   * @throws org.crms.domain.shared.InvalidValueException naming each field that broke its rule
   */
  public static ClientDetails parse(
      String name, String email, String phone, String companyUrl, boolean active) {
    var violations = new Violations();
    var parsedName = violations.check(() -> new ClientName(name == null ? "" : name));
    var parsedEmail = violations.check(() -> EmailAddress.parseOptional(email));
    var parsedPhone = violations.check(() -> PhoneNumber.parseOptional(phone));
    var parsedUrl = violations.check(() -> WebsiteUrl.parseOptional(companyUrl));
    violations.throwIfAny();
    return new ClientDetails(parsedName, parsedEmail, parsedPhone, parsedUrl, active);
  }

  public Optional<EmailAddress> emailAddress() {
    return Optional.ofNullable(email);
  }

  public Optional<PhoneNumber> phoneNumber() {
    return Optional.ofNullable(phone);
  }

  public Optional<WebsiteUrl> website() {
    return Optional.ofNullable(companyUrl);
  }
}
