package org.annals.testkit;

import org.annals.events.TopicNames;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Resolves {@link TestBroker} and {@link TopicNames} parameters. Topic names are created once
 * per extension context and found again by nested contexts: asked for in {@code @BeforeAll},
 * the whole class shares one set; asked for only by a test method, that test gets its own.
 */
public class KafkaBrokerExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestBroker.class || type == TopicNames.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (parameter.getParameter().getType() == TestBroker.class) {
            return TestBroker.instance();
        }
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(TopicNames.class, key -> TestBroker.freshTopics(), TopicNames.class);
    }
}
