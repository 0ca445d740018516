package io.markguard.complaint.config;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Flyway holds its PostgreSQL advisory lock for the session rather than inside a transaction of its own. A migration
 * that builds an index CONCURRENTLY (V9) waits until every transaction older than the build has ended, Flyway's
 * lock transaction included, which ends only after the migrations: it would wait for ever. Replicas starting at
 * once still apply each migration once: they poll for the same lock.
 */
@Singleton
public class MigrationLock implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.getPluginRegister().getExact(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
    }
}
