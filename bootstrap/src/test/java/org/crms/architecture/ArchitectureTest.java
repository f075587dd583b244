package org.crms.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption.DoNotIncludeTests;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.crms.adapters.persistence.archviolation.PersistenceUsingWeb;
import org.crms.adapters.web.archviolation.WebUsingBootstrap;
import org.crms.adapters.web.archviolation.WebUsingJooq;
import org.crms.adapters.web.archviolation.WebUsingPersistence;
import org.crms.adapters.web.archviolation.WebUsingService;
import org.crms.application.archviolation.ApplicationUsingDomain;
import org.crms.application.archviolation.ApplicationUsingMicronaut;
import org.crms.application.archviolation.NotARecordCommand;
import org.crms.application.port.in.archviolation.ClientFinder;
import org.crms.application.port.in.archviolation.PortUsingService;
import org.crms.application.port.out.archviolation.ConcreteGateway;
import org.crms.application.service.archviolation.LonelyService;
import org.crms.bootstrap.archviolation.StrayController;
import org.crms.domain.archviolation.CheckedRuleException;
import org.crms.domain.archviolation.DomainUsingApplication;
import org.crms.domain.archviolation.DomainUsingJooq;
import org.crms.domain.archviolationa.FeatureA;
import org.crms.domain.archviolationb.FeatureB;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the real code against every layer rule, and proves each rule can fail: a deliberately bad
 * class from the test sources (never part of the real check) must make it report a violation.
 */
@AnalyzeClasses(packages = "org.crms", importOptions = DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule domain_depends_only_on_the_jdk =
      ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK;

  @ArchTest
  static final ArchRule application_depends_only_on_domain_and_jdk =
      ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JDK;

  @ArchTest
  static final ArchRule web_adapter_does_not_touch_persistence =
      ArchitectureRules.WEB_ADAPTER_DOES_NOT_TOUCH_PERSISTENCE;

  @ArchTest
  static final ArchRule persistence_adapter_does_not_touch_web =
      ArchitectureRules.PERSISTENCE_ADAPTER_DOES_NOT_TOUCH_WEB;

  @ArchTest
  static final ArchRule adapters_use_ports_not_services =
      ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES;

  @ArchTest
  static final ArchRule nothing_depends_on_bootstrap =
      ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP;

  @ArchTest
  static final ArchRule ports_do_not_depend_on_services =
      ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES;

  @ArchTest
  static final ArchRule inbound_port_interfaces_end_with_UseCase =
      ArchitectureRules.INBOUND_PORT_INTERFACES_END_WITH_USECASE;

  @ArchTest
  static final ArchRule commands_and_queries_are_records =
      ArchitectureRules.COMMANDS_AND_QUERIES_ARE_RECORDS;

  @ArchTest
  static final ArchRule services_implement_an_inbound_port =
      ArchitectureRules.SERVICES_IMPLEMENT_AN_INBOUND_PORT;

  @ArchTest
  static final ArchRule outbound_ports_are_interfaces_or_records =
      ArchitectureRules.OUTBOUND_PORTS_ARE_INTERFACES_OR_RECORDS;

  @ArchTest
  static final ArchRule jooq_only_in_persistence_adapter =
      ArchitectureRules.JOOQ_ONLY_IN_PERSISTENCE_ADAPTER;

  @ArchTest
  static final ArchRule controllers_live_in_web_adapter =
      ArchitectureRules.CONTROLLERS_LIVE_IN_WEB_ADAPTER;

  @ArchTest
  static final ArchRule domain_exceptions_are_unchecked =
      ArchitectureRules.DOMAIN_EXCEPTIONS_ARE_UNCHECKED;

  @ArchTest
  static final ArchRule domain_features_are_free_of_cycles =
      ArchitectureRules.DOMAIN_FEATURES_ARE_FREE_OF_CYCLES;

  @ArchTest
  static final ArchRule modules_are_free_of_cycles = ArchitectureRules.MODULES_ARE_FREE_OF_CYCLES;

  @ParameterizedTest(name = "{0}")
  @MethodSource("violations")
  void every_rule_fails_on_a_class_that_breaks_it(
      String rule, ArchRule archRule, List<Class<?>> offenders) {
    var classes = new ClassFileImporter().importClasses(offenders);
    assertThat(archRule.evaluate(classes).hasViolation()).as(rule).isTrue();
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        violation(
            "domain_depends_only_on_the_jdk",
            ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_THE_JDK,
            DomainUsingJooq.class),
        violation(
            "application_depends_only_on_domain_and_jdk",
            ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_DOMAIN_AND_JDK,
            ApplicationUsingMicronaut.class),
        violation(
            "web_adapter_does_not_touch_persistence",
            ArchitectureRules.WEB_ADAPTER_DOES_NOT_TOUCH_PERSISTENCE,
            WebUsingPersistence.class),
        violation(
            "persistence_adapter_does_not_touch_web",
            ArchitectureRules.PERSISTENCE_ADAPTER_DOES_NOT_TOUCH_WEB,
            PersistenceUsingWeb.class),
        violation(
            "adapters_use_ports_not_services",
            ArchitectureRules.ADAPTERS_USE_PORTS_NOT_SERVICES,
            WebUsingService.class),
        violation(
            "nothing_depends_on_bootstrap",
            ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP,
            WebUsingBootstrap.class),
        violation(
            "ports_do_not_depend_on_services",
            ArchitectureRules.PORTS_DO_NOT_DEPEND_ON_SERVICES,
            PortUsingService.class),
        violation(
            "inbound_port_interfaces_end_with_UseCase",
            ArchitectureRules.INBOUND_PORT_INTERFACES_END_WITH_USECASE,
            ClientFinder.class),
        violation(
            "commands_and_queries_are_records",
            ArchitectureRules.COMMANDS_AND_QUERIES_ARE_RECORDS,
            NotARecordCommand.class),
        violation(
            "services_implement_an_inbound_port",
            ArchitectureRules.SERVICES_IMPLEMENT_AN_INBOUND_PORT,
            LonelyService.class),
        violation(
            "outbound_ports_are_interfaces_or_records",
            ArchitectureRules.OUTBOUND_PORTS_ARE_INTERFACES_OR_RECORDS,
            ConcreteGateway.class),
        violation(
            "jooq_only_in_persistence_adapter",
            ArchitectureRules.JOOQ_ONLY_IN_PERSISTENCE_ADAPTER,
            WebUsingJooq.class),
        violation(
            "controllers_live_in_web_adapter",
            ArchitectureRules.CONTROLLERS_LIVE_IN_WEB_ADAPTER,
            StrayController.class),
        violation(
            "domain_exceptions_are_unchecked",
            ArchitectureRules.DOMAIN_EXCEPTIONS_ARE_UNCHECKED,
            CheckedRuleException.class),
        violation(
            "domain_features_are_free_of_cycles",
            ArchitectureRules.DOMAIN_FEATURES_ARE_FREE_OF_CYCLES,
            FeatureA.class,
            FeatureB.class),
        violation(
            "modules_are_free_of_cycles",
            ArchitectureRules.MODULES_ARE_FREE_OF_CYCLES,
            DomainUsingApplication.class,
            ApplicationUsingDomain.class));
  }

  @Test
  void every_rule_has_a_proof_that_it_can_fail() {
    var ruleFields =
        java.util.Arrays.stream(ArchitectureTest.class.getDeclaredFields())
            .filter(f -> f.isAnnotationPresent(ArchTest.class))
            .map(java.lang.reflect.Field::getName)
            .sorted()
            .toList();
    var proven = violations().map(a -> (String) a.get()[0]).sorted().toList();
    assertThat(proven).isEqualTo(ruleFields);
  }

  private static Arguments violation(String name, ArchRule rule, Class<?>... offenders) {
    return Arguments.of(name, rule, List.of(offenders));
  }
}
