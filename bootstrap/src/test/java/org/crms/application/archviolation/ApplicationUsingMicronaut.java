package org.crms.application.archviolation;

/** Breaks "application depends only on domain and the JDK". */
public class ApplicationUsingMicronaut {
  io.micronaut.context.ApplicationContext context;
}
