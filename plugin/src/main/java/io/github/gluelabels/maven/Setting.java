package io.github.gluelabels.maven;

/**
 * A configured value with the name of the parameter it came from: a setting with a deprecated name still has its
 * problems reported under the name the POM used.
 *
 * @param name the parameter's name as configured, e.g. {@code fakePacing} or the deprecated {@code pacing}
 * @param value its value
 * @param <T> the value's type
 */
record Setting<T>(String name, T value) {}
