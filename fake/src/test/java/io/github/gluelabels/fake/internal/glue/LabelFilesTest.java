package io.github.gluelabels.fake.internal.glue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.core.labels.LabelingFileException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A labeling file too large for memory goes to a file in the account's label folder while it is read; when it turns
 * out bad, or cannot be read to its end, that file goes too, not only at the fake's end. Pins the discarding of
 * {@code LabelSet.read}, which survived issue 17's pass (see docs/RELIABILITY.md).
 */
class LabelFilesTest {

    @TempDir
    Path folder;

    /** Good labels past the in-memory limit, so that the reader has spilled them to a file. */
    private static byte[] labelsPastTheMemoryLimit() {
        StringBuilder labels = new StringBuilder("labeling_set_id,label,name\n");
        for (int i = 0; labels.length() <= SpillingStream.IN_MEMORY_LIMIT + 1000; i++) {
            labels.append("set-").append(i).append(",A,some name to fill the file\n");
        }
        return labels.toString().getBytes(StandardCharsets.UTF_8);
    }

    private long filesInTheFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void keepsALargeGoodFileInTheFolder() throws IOException {
        LabelSet labels = new LabelFiles(folder, 10).read(new ByteArrayInputStream(labelsPastTheMemoryLimit()), "big");

        assertThat(labels.content().size()).isEqualTo(labelsPastTheMemoryLimit().length);
        assertThat(filesInTheFolder()).as("the spilled labels").isEqualTo(1);
    }

    @Test
    void deletesTheFileOfALargeFileThatEndsWithABadRecord() throws IOException {
        InputStream in = new SequenceInputStream(
                new ByteArrayInputStream(labelsPastTheMemoryLimit()),
                new ByteArrayInputStream("bad,record\n".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> new LabelFiles(folder, 10).read(in, "big"))
                .isInstanceOf(LabelingFileException.class)
                .hasMessageContaining("big line ");
        assertThat(filesInTheFolder()).isZero();
    }

    @Test
    void deletesTheFileOfALargeFileThatCannotBeReadToItsEnd() throws IOException {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset");
            }
        };
        InputStream in = new SequenceInputStream(new ByteArrayInputStream(labelsPastTheMemoryLimit()), failing);

        assertThatThrownBy(() -> new LabelFiles(folder, 10).read(in, "big"))
                .hasStackTraceContaining("connection reset");
        assertThat(filesInTheFolder()).isZero();
    }
}
