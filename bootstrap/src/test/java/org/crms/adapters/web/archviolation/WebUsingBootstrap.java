package org.crms.adapters.web.archviolation;

/** Breaks "nothing depends on bootstrap". */
public class WebUsingBootstrap {
  org.crms.bootstrap.archviolation.StrayController wiring;
}
