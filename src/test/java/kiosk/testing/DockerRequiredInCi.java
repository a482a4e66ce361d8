package kiosk.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Container tests skip where no Docker engine runs (a laptop), but must not pass silently in CI. Register
 * it before {@code @Testcontainers(disabledWithoutDocker = true)}: JUnit asks conditions in order, so with
 * {@code CI=true} and no engine this one throws first and the class fails instead of being skipped.
 */
public final class DockerRequiredInCi implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Environment.isCi() && !DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("CI=true but no Docker engine answers: container tests must run in CI"
                    + " (scripts/docker-setup.sh starts the engine and builds the kiosk/* images)");
        }
        return ConditionEvaluationResult.enabled("Docker is available, or this is not CI");
    }
}
