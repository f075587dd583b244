package org.crms.application.archviolation;

/** With DomainUsingApplication, breaks "modules are free of cycles". */
public class ApplicationUsingDomain {
  org.crms.domain.archviolation.DomainUsingApplication there;
}
