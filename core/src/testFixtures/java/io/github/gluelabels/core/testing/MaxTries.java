package io.github.gluelabels.core.testing;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Optional;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Caps the tries of every jqwik property at the system property {@value #PROPERTY}, when it is set.
 *
 * <p>PIT runs the tests that reach a mutant once per mutant, so a property of 10,000 tries costs 10,000 tries per
 * mutant. jqwik's own {@code jqwik.tries.default} cannot help, since an explicit {@code @Property(tries = …)} beats it.
 * The mutation profile registers this hook (core/src/testFixtures/mutation, a test resource of that profile only) and
 * passes the property to PIT's test JVMs; an ordinary build neither registers nor reads it.
 */
public final class MaxTries implements AroundPropertyHook {
    static final String PROPERTY = "glue-labels.mutation.max-tries";

    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public boolean appliesTo(Optional<AnnotatedElement> element) {
        return element.map(annotated -> annotated instanceof Method).orElse(false);
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String cap = System.getProperty(PROPERTY);
        if (cap != null && !cap.isBlank()) {
            PropertyAttributes attributes = context.attributes();
            // a property without explicit tries runs jqwik's default (1000), above any cap worth setting
            int tries = attributes.tries().orElse(Integer.MAX_VALUE);
            attributes.setTries(Math.min(tries, Integer.parseInt(cap.strip())));
        }
        return property.execute();
    }
}
