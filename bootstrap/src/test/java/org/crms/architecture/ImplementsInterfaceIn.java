package org.crms.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** Holds when a class implements, directly or not, an interface from a given package. */
final class ImplementsInterfaceIn extends ArchCondition<JavaClass> {
  private final PackageMatcher matcher;

  private ImplementsInterfaceIn(String packageIdentifier) {
    super("implement an interface in " + packageIdentifier);
    this.matcher = PackageMatcher.of(packageIdentifier);
  }

  static ImplementsInterfaceIn packageMatching(String packageIdentifier) {
    return new ImplementsInterfaceIn(packageIdentifier);
  }

  @Override
  public void check(JavaClass javaClass, ConditionEvents events) {
    var satisfied =
        javaClass.getAllRawInterfaces().stream().anyMatch(i -> matcher.matches(i.getPackageName()));
    events.add(
        new SimpleConditionEvent(
            javaClass,
            satisfied,
            javaClass.getName()
                + (satisfied ? " implements" : " does not implement")
                + " an inbound port"));
  }
}
