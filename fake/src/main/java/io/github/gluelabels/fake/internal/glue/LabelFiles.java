package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.labels.LabelingFileException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where an account's labels are made: every {@link LabelSet} it reads or joins, split into export parts of the
 * account's size, kept in a folder this class owns when it is too large for memory.
 */
final class LabelFiles {

    private final Path folder;
    private final int rowsPerPart;

    /**
     * @param folder a folder for label files, which nothing else writes to
     * @param rowsPerPart how many labels an export writes into each part file
     */
    LabelFiles(Path folder, int rowsPerPart) {
        this.folder = folder;
        this.rowsPerPart = rowsPerPart;
    }

    /**
     * Reads and validates a labeling file.
     *
     * @param in the file's bytes; read to the end and closed
     * @param source where they come from, for messages
     * @throws LabelingFileException naming the source and line of the first problem; nothing is kept then
     */
    LabelSet read(InputStream in, String source) {
        return LabelSet.read(in, source, newFile(), rowsPerPart);
    }

    /** @return the labels of {@code first} followed by those of {@code more}, which has the same columns */
    LabelSet append(LabelSet first, LabelSet more) {
        return first.append(more, newFile(), rowsPerPart);
    }

    /** Deletes every label file; one that cannot be deleted goes with the fake's data folder. */
    void deleteAll() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(LabelFiles::deleteQuietly);
        } catch (IOException e) {
            // files left behind go with the fake's data folder
        }
    }

    /** Deletes a label file, if it can; one it cannot goes with the fake's data folder. */
    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the fake's data folder to take away
        }
    }

    private Path newFile() {
        return folder.resolve(UUID.randomUUID() + ".csv");
    }
}
