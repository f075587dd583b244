package org.crms.domain.archviolation;

/** With ApplicationUsingDomain, breaks "modules are free of cycles". */
public class DomainUsingApplication {
  org.crms.application.archviolation.ApplicationUsingDomain back;
}
