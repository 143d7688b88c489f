package org.veritext.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where a PostgreSQL is reachable. On a developer's machine without one the class is
 * skipped, with a message saying how to run it; under CI ({@code CI=true}) a missing PostgreSQL fails the build,
 * because CI must never pass without having tested against it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (TestPostgres.reachable()) {
                return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + TestPostgres.ADMIN_URL);
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but no PostgreSQL at " + TestPostgres.ADMIN_URL
                        + ": .ci/run should have started one");
            }
            String message = "SKIPPED: no PostgreSQL at " + TestPostgres.ADMIN_URL + ". Start one (see .ci/run) or set "
                    + "VERITEXT_TEST_POSTGRES_URL to run the PostgreSQL tests.";
            System.err.println(message);
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
