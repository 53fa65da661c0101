package io.github.gluelabels.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a test class that only {@link TestKit} runs: a fixture whose tests are meant to pass or fail, and whose
 * outcome the enclosing test checks. Run by the IDE or by Surefire on its own, it is disabled.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith(TestKitFixture.OnlyInTestKit.class)
@interface TestKitFixture {

    /** Enables fixtures only when {@link TestKit} launches them. */
    final class OnlyInTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(TestKit.LAUNCHED).isPresent()
                    ? ConditionEvaluationResult.enabled("launched by the TestKit")
                    : ConditionEvaluationResult.disabled(
                            "a fixture: run by the tests that enclose it, through the TestKit");
        }
    }
}
