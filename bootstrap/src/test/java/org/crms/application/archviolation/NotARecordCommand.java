package org.crms.application.archviolation;

/** Breaks "commands and queries are records". */
public class NotARecordCommand {
  String mutable;
}
