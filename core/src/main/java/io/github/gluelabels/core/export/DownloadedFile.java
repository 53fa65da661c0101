package io.github.gluelabels.core.export;

import java.nio.file.Path;

/**
 * One exported object, on disk.
 *
 * @param key its S3 key
 * @param file where it was written
 * @param size its size in bytes
 * @since 0.1.0
 */
public record DownloadedFile(String key, Path file, long size) {}
