package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * Turns the body of a PUT into the object's bytes: decodes {@code aws-chunked} framing (signed or unsigned, with or
 * without a checksum trailer), then checks the decoded length and any checksum the client sent.
 *
 * <p>The framing is decoded in place, in the request's own body (the object's bytes are never longer than their
 * framing), so that an upload holds its body once, not two or three times: the memory budget of bodies in flight is
 * then the memory they take.
 */
final class PayloadDecoder {

    private PayloadDecoder() {}

    /** The object's bytes: the first {@code length} bytes of {@code bytes}. */
    @SuppressWarnings("ArrayRecordComponent") // a buffer and its length, handed on, never compared or hashed
    record Payload(byte[] bytes, int length) {
        InputStream stream() {
            return new ByteArrayInputStream(bytes, 0, length);
        }
    }

    /**
     * @param request a PUT; the body of an aws-chunked one is decoded in place, and so is no longer what was sent
     * @return the object's bytes
     */
    static Payload decode(FakeRequest request) {
        byte[] body = request.body();
        String sha = request.header("x-amz-content-sha256").orElse("");
        String encoding = request.header("Content-Encoding").orElse("");
        boolean chunked = sha.startsWith("STREAMING-")
                || encoding.toLowerCase(Locale.ROOT).contains("aws-chunked");
        Map<String, String> trailers = new HashMap<>();
        Payload data = chunked ? new Payload(body, dechunk(body, trailers)) : new Payload(body, body.length);
        String declared = request.header("x-amz-decoded-content-length").orElse(null);
        if (chunked && declared != null && decodedLength(declared) != data.length()) {
            throw new S3Error(
                    400,
                    "IncompleteBody",
                    "You did not provide the number of bytes specified by the x-amz-decoded-content-length header: declared "
                            + declared + ", received " + data.length());
        }
        if (!chunked && sha.matches("[0-9a-fA-F]{64}") && !sha.equalsIgnoreCase(hex("SHA-256", data))) {
            throw new S3Error(
                    400,
                    "XAmzContentSHA256Mismatch",
                    "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        verifyChecksums(request, trailers, data);
        return data;
    }

    private static long decodedLength(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            throw new S3Error(
                    400,
                    "InvalidArgument",
                    "x-amz-decoded-content-length must be a number of bytes, but is \""
                            + (declared.length() <= 40 ? declared : declared.substring(0, 40) + "…") + "\"",
                    "ArgumentName",
                    "x-amz-decoded-content-length");
        }
    }

    /** @return the decoded length: the data, moved to the start of {@code body} (each chunk ahead of its header) */
    private static int dechunk(byte[] body, Map<String, String> trailers) {
        int out = 0;
        int pos = 0;
        while (true) {
            int eol = indexOfCrlf(body, pos);
            if (eol < 0) {
                throw malformed("a chunk header has no line end");
            }
            String header = new String(body, pos, eol - pos, StandardCharsets.US_ASCII);
            int semi = header.indexOf(';');
            String hex = (semi < 0 ? header : header.substring(0, semi)).trim();
            int size;
            try {
                size = Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                throw malformed("chunk size \"" + hex + "\" is not hexadecimal");
            }
            pos = eol + 2;
            if (size == 0) {
                break;
            }
            if (size < 0 || size > body.length - pos) {
                throw malformed("a chunk announces " + size + " bytes but the body ends first");
            }
            System.arraycopy(body, pos, body, out, size);
            out += size;
            pos += size;
            if (pos + 2 > body.length || body[pos] != '\r' || body[pos + 1] != '\n') {
                throw malformed("a chunk does not end with CRLF");
            }
            pos += 2;
        }
        // trailer lines until an empty line or the end
        while (pos < body.length) {
            int eol = indexOfCrlf(body, pos);
            int end = eol < 0 ? body.length : eol;
            String line = new String(body, pos, end - pos, StandardCharsets.US_ASCII);
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                trailers.put(
                        line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim());
            }
            pos = eol < 0 ? body.length : eol + 2;
        }
        return out;
    }

    private static void verifyChecksums(FakeRequest request, Map<String, String> trailers, Payload data) {
        for (String algorithm : new String[] {"crc32", "crc32c", "sha1", "sha256"}) {
            String name = "x-amz-checksum-" + algorithm;
            String expected = trailers.containsKey(name)
                    ? trailers.get(name)
                    : request.header(name).orElse(null);
            if (expected != null && !expected.equals(checksum(algorithm, data))) {
                throw new S3Error(
                        400,
                        "BadDigest",
                        "The " + algorithm.toUpperCase(Locale.ROOT)
                                + " you specified did not match the calculated checksum.");
            }
        }
        String md5 = request.header("Content-MD5").orElse(null);
        if (md5 != null && !md5.equals(Base64.getEncoder().encodeToString(md5(data)))) {
            throw new S3Error(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
        }
    }

    /** @return the MD5 of the object's bytes */
    static byte[] md5(Payload data) {
        MessageDigest md5 = ObjectFiles.md5();
        md5.update(data.bytes(), 0, data.length());
        return md5.digest();
    }

    private static String checksum(String algorithm, Payload data) {
        return switch (algorithm) {
            case "crc32" -> crc(new CRC32(), data);
            case "crc32c" -> crc(new CRC32C(), data);
            case "sha1" -> digest("SHA-1", data);
            default -> digest("SHA-256", data);
        };
    }

    private static String crc(Checksum checksum, Payload data) {
        checksum.update(data.bytes(), 0, data.length());
        long value = checksum.getValue();
        byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String digest(String algorithm, Payload data) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            digest.update(data.bytes(), 0, data.length());
            return Base64.getEncoder().encodeToString(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(String algorithm, Payload data) {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            digest.update(data.bytes(), 0, data.length());
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int indexOfCrlf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static S3Error malformed(String why) {
        return new S3Error(400, "IncompleteBody", "The aws-chunked request body is malformed: " + why);
    }
}
