package org.crms.domain.archviolation;

/** Breaks "the domain depends only on the JDK". */
public class DomainUsingJooq {
  org.jooq.DSLContext dsl;
}
