package org.crms.application.service.archviolation;

/** Breaks "services implement an inbound port". */
public class LonelyService {
  public void run() {}
}
