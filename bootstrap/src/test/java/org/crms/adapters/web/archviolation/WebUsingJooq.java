package org.crms.adapters.web.archviolation;

/** Breaks "jOOQ only in the persistence adapter". */
public class WebUsingJooq {
  org.jooq.DSLContext dsl;
}
