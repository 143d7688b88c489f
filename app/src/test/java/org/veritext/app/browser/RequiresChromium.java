package org.veritext.app.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a browser test only where Debian's Chromium and chromedriver are installed. A developer's machine without
 * them skips the class with a message; under CI ({@code CI=true}) their absence fails the build.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            boolean installed = Files.isExecutable(Path.of(HeadlessChromium.CHROMIUM))
                    && Files.isExecutable(Path.of(HeadlessChromium.CHROMEDRIVER));
            if (installed) {
                return ConditionEvaluationResult.enabled("Chromium is installed");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but Chromium or chromedriver is missing: .ci/run installs them");
            }
            String message = "SKIPPED: browser tests need " + HeadlessChromium.CHROMIUM + " and "
                    + HeadlessChromium.CHROMEDRIVER + " (apt-get install chromium chromium-driver).";
            System.err.println(message);
            return ConditionEvaluationResult.disabled(message);
        }
    }
}
