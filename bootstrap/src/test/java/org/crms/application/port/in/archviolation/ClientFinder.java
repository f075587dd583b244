package org.crms.application.port.in.archviolation;

/** Breaks "inbound port interfaces end with UseCase". */
public interface ClientFinder {
  void find();
}
