package io.github.gluelabels.core.labels;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes a stream as UTF-8 and refuses anything else. Unlike an {@link java.io.InputStreamReader} with a reporting
 * decoder, it first hands out every character before the bad bytes and knows where they are: the line (counting LF,
 * CRLF and a lone CR as one line break each, as Commons CSV does) and the byte offset.
 */
final class StrictUtf8Reader extends Reader {

    private static final int BUFFER_SIZE = 8192;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE).flip();
    /** The offset in the stream of {@code bytes.array()[0]}. */
    private long bytesStart;

    private boolean endOfInput;
    private boolean finished;
    private long badOffset = -1;
    private byte[] badBytes;
    /** The line of the next character handed out, not counting a CR just handed out (it may start a CRLF). */
    private long line = 1;

    private boolean afterCr;

    StrictUtf8Reader(InputStream in) {
        this.in = Objects.requireNonNull(in, "in");
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !decodeMore()) {
            if (badBytes != null) {
                // a CR right before the bad bytes is a line break of its own
                throw new InvalidUtf8Exception(afterCr ? line + 1 : line, badOffset, badBytes);
            }
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        countLines(cbuf, off, n);
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Decodes the next characters into {@link #chars}; false when there are none: the end, or bad bytes. */
    private boolean decodeMore() throws IOException {
        chars.clear();
        while (!finished && badBytes == null) {
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                badOffset = bytesStart + bytes.position();
                badBytes = new byte[result.length()];
                bytes.get(bytes.position(), badBytes);
                break;
            }
            if (result.isOverflow() || chars.position() > 0) {
                break;
            }
            if (endOfInput) {
                decoder.flush(chars);
                finished = true;
                break;
            }
            fill();
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void fill() throws IOException {
        bytesStart += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private void countLines(char[] cbuf, int off, int len) {
        for (int i = off; i < off + len; i++) {
            char c = cbuf[i];
            if (afterCr && c != '\n') {
                line++;
            }
            if (c == '\n') {
                line++;
            }
            afterCr = c == '\r';
        }
    }
}
