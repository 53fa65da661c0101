package io.github.gluelabels.junit5;

import java.util.List;

/** Releases what a test or a class held: every resource, even when one fails. */
final class Closeables {

    private Closeables() {}

    /**
     * Closes every resource, even when one fails, and reports the first failure with the others suppressed.
     *
     * @param resources the resources, in the order to close them; {@code null} ones are skipped
     * @throws IllegalStateException when any failed to close
     */
    static void closeAll(List<AutoCloseable> resources) {
        RuntimeException failure = null;
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("Cannot release the fake Glue: " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
