package io.github.gluelabels.fake.internal.glue;

import io.github.gluelabels.core.labels.LabelRecord;
import io.github.gluelabels.core.labels.LabelingFileException;
import io.github.gluelabels.core.labels.LabelingFileReader;
import io.github.gluelabels.fake.internal.s3.Content;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The labels of a transform: a validated labeling file, exactly as seeded or imported, held in memory when small and
 * in a file otherwise, with where each export part begins. Immutable: an import makes a new one. An export's part
 * files are slices of it — an export copies no byte.
 */
final class LabelSet {

    private final Content content;
    private final String rawHeader;
    private final List<String> columns;
    private final long rows;
    private final long headerBytes;
    private final long[] partStarts;
    private final String[] etags;

    private LabelSet(
            Content content, String rawHeader, List<String> columns, long rows, long headerBytes, long[] partStarts) {
        this.content = content;
        this.rawHeader = rawHeader;
        this.columns = columns;
        this.rows = rows;
        this.headerBytes = headerBytes;
        this.partStarts = partStarts;
        this.etags = new String[partStarts.length];
    }

    /**
     * Reads and validates a labeling file.
     *
     * @param in the file's bytes; read to the end and closed
     * @param source where they come from, for messages
     * @param spillFile where to keep the labels if they are too large for memory
     * @param rowsPerPart how many labels each export part holds
     * @return the label set
     * @throws LabelingFileException naming the source and line of the first problem; nothing is kept then
     */
    static LabelSet read(InputStream in, String source, Path spillFile, int rowsPerPart) {
        SpillingStream bytes = new SpillingStream(spillFile, SpillingStream.IN_MEMORY_LIMIT);
        try (LabelingFileReader reader = LabelingFileReader.open(in, source);
                Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            String header = reader.rawHeader();
            out.write(header);
            long offset = utf8Length(header);
            long headerBytes = offset;
            long[] starts = new long[16];
            int parts = 0;
            long rows = 0;
            for (LabelRecord record = reader.next(); record != null; record = reader.next()) {
                if (rows % rowsPerPart == 0) {
                    if (parts == starts.length) {
                        starts = Arrays.copyOf(starts, parts * 2);
                    }
                    starts[parts++] = offset;
                }
                out.write(record.raw());
                offset += utf8Length(record.raw());
                rows++;
            }
            out.flush();
            Content content = bytes.content();
            if (content.size() != offset) {
                throw new IllegalStateException("counted " + offset + " bytes of labels, wrote " + content.size());
            }
            return new LabelSet(content, header, reader.columns(), rows, headerBytes, Arrays.copyOf(starts, parts));
        } catch (IOException e) {
            bytes.discard();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            bytes.discard();
            throw e;
        }
    }

    /**
     * This label set followed by the rows of another with the same columns.
     *
     * @return the combined label set
     */
    LabelSet append(LabelSet more, Path spillFile, int rowsPerPart) {
        try {
            InputStream first = content.open();
            if (!endsWithLineBreak()) {
                first = new SequenceInputStream(
                        first, new ByteArrayInputStream(lineBreak().getBytes(StandardCharsets.UTF_8)));
            }
            InputStream rest = more.content.open(more.headerBytes, more.content.size() - more.headerBytes);
            return read(new SequenceInputStream(first, rest), "labels of the transform", spillFile, rowsPerPart);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> columns() {
        return columns;
    }

    long rows() {
        return rows;
    }

    /** @return the whole labeling file */
    Content content() {
        return content;
    }

    /** @return how many part files an export writes */
    int parts() {
        return partStarts.length;
    }

    /** @return part {@code i}: the header, then its labels, as slices of the labeling file */
    Content part(int i) {
        long end = i + 1 < partStarts.length ? partStarts[i + 1] : content.size();
        return Content.concat(List.of(
                Content.slice(content, 0, headerBytes), Content.slice(content, partStarts[i], end - partStarts[i])));
    }

    /** @return the entity tag of part {@code i} (its MD5, quoted), computed once */
    synchronized String partEtag(int i) {
        if (etags[i] == null) {
            try {
                MessageDigest md5 = MessageDigest.getInstance("MD5");
                try (InputStream in = new DigestInputStream(part(i).open(), md5)) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                etags[i] = "\"" + HexFormat.of().formatHex(md5.digest()) + "\"";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return etags[i];
    }

    /** The line break the file's header uses. */
    String lineBreak() {
        return rawHeader.endsWith("\r\n") ? "\r\n" : "\n";
    }

    private boolean endsWithLineBreak() throws IOException {
        if (content.size() == 0) {
            return true;
        }
        try (InputStream last = content.open(content.size() - 1, 1)) {
            int b = last.read();
            return b == '\n' || b == '\r';
        }
    }

    /** The UTF-8 length of a string without encoding it (a valid string: the reader checked it). */
    static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
