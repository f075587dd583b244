package org.crms.adapters.persistence.testing;

import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts a PostgreSQL container; kept apart so that other sources never load Testcontainers'
 * classes.
 */
final class ContainerStarter {
  private ContainerStarter() {}

  static DatabaseServer.Started start(String image) {
    var container =
        new PostgreSQLContainer<>(
                DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
            .withDatabaseName("crms");
    container.start();
    return new DatabaseServer.Started(
        container.getJdbcUrl(), container.getUsername(), container.getPassword(), container::stop);
  }
}
