package org.crms.application.port.in.archviolation;

/** Breaks "ports do not depend on services". */
public interface PortUsingService {
  org.crms.application.service.archviolation.LonelyService service();
}
