package org.crms.adapters.web.archviolation;

/** Breaks "adapters use ports, not services". */
public class WebUsingService {
  org.crms.application.service.archviolation.LonelyService service;
}
