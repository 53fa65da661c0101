package io.github.gluelabels.core;

/**
 * The base of every failure glue-labels reports. Its message is written for the person running the build or the
 * test: what went wrong, with which value, and what to do next. It never contains a secret.
 *
 * @since 0.1.0
 */
public class GlueLabelsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message the explanation shown to the user
     */
    public GlueLabelsException(String message) {
        super(message);
    }

    /**
     * @param message the explanation shown to the user
     * @param cause the underlying failure
     */
    public GlueLabelsException(String message, Throwable cause) {
        super(message, cause);
    }
}
