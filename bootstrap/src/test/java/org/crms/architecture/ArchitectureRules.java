package org.crms.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The layer rules of the hexagon, shared by the check of the real code and the proofs that each can
 * fail.
 */
final class ArchitectureRules {
  private ArchitectureRules() {}

  static final ArchRule DOMAIN_DEPENDS_ONLY_ON_THE_JDK =
      classes()
          .that()
          .resideInAPackage("org.crms.domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.crms.domain..", "java..")
          .because("the domain is pure Java: no framework, no I/O");

  static final ArchRule APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JDK =
      classes()
          .that()
          .resideInAPackage("org.crms.application..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("org.crms.application..", "org.crms.domain..", "java..")
          .because("use cases must run without Micronaut, jOOQ or HTTP");

  static final ArchRule WEB_ADAPTER_DOES_NOT_TOUCH_PERSISTENCE =
      noClasses()
          .that()
          .resideInAPackage("org.crms.adapters.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.crms.adapters.persistence..")
          .because("adapters meet only through the application's ports");

  static final ArchRule PERSISTENCE_ADAPTER_DOES_NOT_TOUCH_WEB =
      noClasses()
          .that()
          .resideInAPackage("org.crms.adapters.persistence..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.crms.adapters.web..")
          .because("adapters meet only through the application's ports");

  static final ArchRule ADAPTERS_USE_PORTS_NOT_SERVICES =
      noClasses()
          .that()
          .resideInAPackage("org.crms.adapters..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.crms.application.service..")
          .because(
              "adapters call use cases through inbound ports; bootstrap alone knows the services");

  static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.crms.bootstrap..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.crms.bootstrap..")
          .because("bootstrap wires everything and nothing may wire itself back to it");

  static final ArchRule PORTS_DO_NOT_DEPEND_ON_SERVICES =
      noClasses()
          .that()
          .resideInAPackage("org.crms.application.port..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.crms.application.service..")
          .because("ports are the contract; services are one way to fulfil it");

  static final ArchRule INBOUND_PORT_INTERFACES_END_WITH_USECASE =
      classes()
          .that()
          .resideInAPackage("org.crms.application.port.in..")
          .and()
          .areInterfaces()
          .should()
          .haveSimpleNameEndingWith("UseCase")
          .because("an inbound port is a use case, and its name says so");

  static final ArchRule COMMANDS_AND_QUERIES_ARE_RECORDS =
      classes()
          .that()
          .haveSimpleNameEndingWith("Command")
          .and()
          .resideInAPackage("org.crms.application..")
          .or()
          .haveSimpleNameEndingWith("Query")
          .and()
          .resideInAPackage("org.crms.application..")
          .should()
          .beAssignableTo(Record.class)
          .because("commands and queries are immutable values");

  static final ArchRule SERVICES_IMPLEMENT_AN_INBOUND_PORT =
      classes()
          .that()
          .resideInAPackage("org.crms.application.service..")
          .and()
          .haveSimpleNameEndingWith("Service")
          .should(ImplementsInterfaceIn.packageMatching("org.crms.application.port.in.."))
          .because("a service exists to fulfil a use case");

  static final ArchRule OUTBOUND_PORTS_ARE_INTERFACES_OR_RECORDS =
      classes()
          .that()
          .resideInAPackage("org.crms.application.port.out..")
          .should()
          .beInterfaces()
          .orShould()
          .beAssignableTo(Record.class)
          .because("outbound ports say what the core needs, not how it is done");

  static final ArchRule JOOQ_ONLY_IN_PERSISTENCE_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.crms.adapters.persistence..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.jooq..")
          .because("SQL belongs to the persistence adapter");

  static final ArchRule CONTROLLERS_LIVE_IN_WEB_ADAPTER =
      classes()
          .that()
          .areAnnotatedWith("io.micronaut.http.annotation.Controller")
          .should()
          .resideInAPackage("org.crms.adapters.web..")
          .because("HTTP is the web adapter's business");

  static final ArchRule DOMAIN_EXCEPTIONS_ARE_UNCHECKED =
      classes()
          .that()
          .resideInAPackage("org.crms.domain..")
          .and()
          .haveSimpleNameEndingWith("Exception")
          .should()
          .beAssignableTo("org.crms.domain.shared.DomainException")
          .because("domain failures must pass through a unit of work and roll it back");

  static final ArchRule DOMAIN_FEATURES_ARE_FREE_OF_CYCLES =
      slices()
          .matching("org.crms.domain.(*)..")
          .should()
          .beFreeOfCycles()
          .because("features are understood one at a time");

  static final ArchRule MODULES_ARE_FREE_OF_CYCLES =
      slices()
          .matching("org.crms.(*)..")
          .should()
          .beFreeOfCycles()
          .because("the modules form a hexagon, not a tangle");
}
