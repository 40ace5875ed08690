package org.candour.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL pass of the integration tests (system property {@code candour.test.database=postgres}, set by
 * the failsafe execution {@code postgres-it}), skips every test with a clear reason when no server is configured,
 * before any application context starts. In CI ({@code CI=true}) a missing server fails the run instead: there the
 * PostgreSQL pass must run. Registered for all tests through JUnit's extension auto-detection; outside that pass it
 * does nothing.
 */
public final class PostgresRunCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgres".equals(System.getProperty("candour.test.database"))) {
            return ConditionEvaluationResult.enabled("not the PostgreSQL pass");
        }
        if (PostgresTestDatabase.configured().isPresent()) {
            return ConditionEvaluationResult.enabled("PostgreSQL at " + PostgresTestDatabase.configured().get().url());
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI must run the PostgreSQL pass, but " + PostgresTestDatabase.URL_VARIABLE
                    + " is not set: .ci/run starts the server with .ci/postgres and sets it");
        }
        return ConditionEvaluationResult.disabled("PostgreSQL pass skipped: no server configured. Set "
                + PostgresTestDatabase.URL_VARIABLE + " (for example after `bash .ci/postgres start`: "
                + "jdbc:postgresql://127.0.0.1:55432/candour_test) to run it; .ci/run does.");
    }
}
