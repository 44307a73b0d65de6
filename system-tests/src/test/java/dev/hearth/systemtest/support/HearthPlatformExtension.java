package dev.hearth.systemtest.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Starts the platform before the first system test class and stops it when the whole run ends
 * (it lives in the root context's store, which closes it); copies the logs of every component to
 * {@code target/system-test-logs/} when a test or a class fails.
 */
public final class HearthPlatformExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(HearthPlatformExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        shared(context).require();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (context.getExecutionException().isPresent()) {
            shared(context).recordFailure();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        shared(context).recordFailure();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PlatformUnderTest.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return shared(context).require();
    }

    private static SharedPlatform shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(SharedPlatform.class, type -> SharedPlatform.start(), SharedPlatform.class);
    }
}
