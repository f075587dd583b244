package org.crms.adapters.persistence.archviolation;

/** Breaks "the persistence adapter does not touch the web". */
public class PersistenceUsingWeb {
  org.crms.adapters.web.archviolation.WebUsingPersistence controller;
}
