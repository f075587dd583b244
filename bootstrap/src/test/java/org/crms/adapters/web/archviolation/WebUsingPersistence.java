package org.crms.adapters.web.archviolation;

/** Breaks "the web adapter does not touch persistence". */
public class WebUsingPersistence {
  org.crms.adapters.persistence.archviolation.PersistenceUsingWeb repository;
}
