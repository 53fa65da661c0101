package io.github.gluelabels.junit5;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/** How the extension's messages name where something happened: a test, a class, a constructor or a method. */
final class Descriptions {

    private Descriptions() {}

    /** @return {@code test Class.method()} in a test's context, {@code class Class} in a class's */
    static String of(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        return method.map(m -> "test " + context.getRequiredTestClass().getName() + "." + m.getName() + "()")
                .orElseGet(() -> "class " + context.getRequiredTestClass().getName());
    }

    /** @return {@code the constructor of Class} or {@code method Class.method()} */
    static String of(Executable executable) {
        if (executable instanceof Constructor<?> c) {
            return "the constructor of " + c.getDeclaringClass().getName();
        }
        return "method " + executable.getDeclaringClass().getName() + "." + executable.getName() + "()";
    }
}
