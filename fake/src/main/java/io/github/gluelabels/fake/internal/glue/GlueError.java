package io.github.gluelabels.fake.internal.glue;

/** An error the Glue API answers with: its exception shape, HTTP status and message. */
public final class GlueError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final int status;

    public GlueError(String type, int status, String message) {
        super(message, null, false, false);
        this.type = type;
        this.status = status;
    }

    public static GlueError invalidInput(String message) {
        return new GlueError("InvalidInputException", 400, message);
    }

    public static GlueError entityNotFound(String message) {
        return new GlueError("EntityNotFoundException", 400, message);
    }

    public static GlueError serialization(String message) {
        return new GlueError("SerializationException", 400, message);
    }

    public String type() {
        return type;
    }

    public int status() {
        return status;
    }
}
