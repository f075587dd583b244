package org.crms.application.port.out.archviolation;

/** Breaks "outbound ports are interfaces or records". */
public class ConcreteGateway {
  public void send() {}
}
