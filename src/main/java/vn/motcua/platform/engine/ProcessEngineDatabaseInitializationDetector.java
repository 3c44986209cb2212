package vn.motcua.platform.engine;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for our Flyway migrations. Otherwise a bean created early (a security
 * filter chain looking beans up by type instantiates the engine's factory bean) can let the engine create
 * its ACT_* tables first; Flyway then finds a non-empty schema, baselines it at version 1 and silently
 * skips {@code V1__organization_units.sql}.
 */
public class ProcessEngineDatabaseInitializationDetector
        extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

    @Override
    protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
        return Set.of(ProcessEngine.class);
    }
}
