package io.github.gluelabels.junit5;

import java.util.List;

/** Closes several resources at once: every one, even when one fails. */
final class Closeables {

    private Closeables() {}

    /**
     * Closes every resource, even when one fails, and reports the first failure with the others suppressed.
     *
     * @param resources the resources, in the order to close them; {@code null} ones are skipped
     * @throws IllegalStateException when any failed to close
     */
    static void closeAll(List<? extends AutoCloseable> resources) {
        ReleaseFailure failure = null;
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    // a resource that closes others (an account its clients) has said it already
                    failure = e instanceof ReleaseFailure nested ? nested : new ReleaseFailure(e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static final class ReleaseFailure extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ReleaseFailure(Exception cause) {
            super("Cannot release the fake Glue: " + cause.getMessage(), cause);
        }
    }
}
