package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;

/**
 * The backup a replace takes before importing failed, so nothing was imported: the transform's labels are as they
 * were. The cause says why the backup's export or download failed.
 *
 * @since 0.1.0
 */
public class BackupFailedException extends GlueLabelsException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed, and that nothing was imported
     * @param cause why
     */
    public BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
