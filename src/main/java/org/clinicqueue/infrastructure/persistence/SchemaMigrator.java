package org.clinicqueue.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this WAR expects, at deployment, before anything else runs.
 * The migrations in {@code db/migration} are the only source of the schema (Hibernate never creates tables);
 * each is applied once and recorded in {@code flyway_schema_history}, so upgrading the WAR upgrades the
 * database. Other startup beans declare {@code @DependsOn("SchemaMigrator")}.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class SchemaMigrator {

    public static final String DATASOURCE = "java:jboss/datasources/ClinicQueueDS";
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    private volatile String schemaVersion = "none";

    /** Flyway commits each migration itself, so it must not run inside a JTA transaction. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        schemaVersion = flyway.info().current() == null ? "none" : flyway.info().current().getVersion().getVersion();
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted + " migration(s) applied now)");
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
