package io.github.gluelabels.fake.internal.s3;

import io.github.gluelabels.fake.internal.http.FakeRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.Checksum;

/**
 * Turns the body of a PUT into the object's bytes: decodes {@code aws-chunked} framing (signed or unsigned, with or
 * without a checksum trailer), then checks the decoded length and any checksum the client sent.
 */
final class PayloadDecoder {

  private PayloadDecoder() {}

  static byte[] decode(FakeRequest request) {
    byte[] body = request.body();
    String sha = request.header("x-amz-content-sha256").orElse("");
    String encoding = request.header("Content-Encoding").orElse("");
    boolean chunked = sha.startsWith("STREAMING-") || encoding.toLowerCase(Locale.ROOT).contains("aws-chunked");
    Map<String, String> trailers = new HashMap<>();
    byte[] data = chunked ? dechunk(body, trailers) : body;
    String declared = request.header("x-amz-decoded-content-length").orElse(null);
    if (chunked && declared != null && decodedLength(declared) != data.length) {
      throw new S3Error(400, "IncompleteBody",
          "You did not provide the number of bytes specified by the x-amz-decoded-content-length header: declared "
              + declared + ", received " + data.length);
    }
    if (!chunked && sha.matches("[0-9a-fA-F]{64}") && !sha.equalsIgnoreCase(hex("SHA-256", data))) {
      throw new S3Error(400, "XAmzContentSHA256Mismatch",
          "The provided 'x-amz-content-sha256' header does not match what was computed.");
    }
    verifyChecksums(request, trailers, data);
    return data;
  }

  private static long decodedLength(String declared) {
    try {
      return Long.parseLong(declared.trim());
    } catch (NumberFormatException e) {
      throw new S3Error(400, "InvalidArgument", "x-amz-decoded-content-length must be a number of bytes, but is \""
          + (declared.length() <= 40 ? declared : declared.substring(0, 40) + "…") + "\"",
          "ArgumentName", "x-amz-decoded-content-length");
    }
  }

  private static byte[] dechunk(byte[] body, Map<String, String> trailers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
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
      out.write(body, pos, size);
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
        trailers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
      }
      pos = eol < 0 ? body.length : eol + 2;
    }
    return out.toByteArray();
  }

  private static void verifyChecksums(FakeRequest request, Map<String, String> trailers, byte[] data) {
    for (String algorithm : new String[] {"crc32", "crc32c", "sha1", "sha256"}) {
      String name = "x-amz-checksum-" + algorithm;
      String expected = trailers.containsKey(name) ? trailers.get(name) : request.header(name).orElse(null);
      if (expected != null && !expected.equals(checksum(algorithm, data))) {
        throw new S3Error(400, "BadDigest",
            "The " + algorithm.toUpperCase(Locale.ROOT) + " you specified did not match the calculated checksum.");
      }
    }
    String md5 = request.header("Content-MD5").orElse(null);
    if (md5 != null && !md5.equals(Base64.getEncoder().encodeToString(S3Store.md5().digest(data)))) {
      throw new S3Error(400, "BadDigest", "The Content-MD5 you specified did not match what we received.");
    }
  }

  private static String checksum(String algorithm, byte[] data) {
    return switch (algorithm) {
      case "crc32" -> crc(new CRC32(), data);
      case "crc32c" -> crc(new CRC32C(), data);
      case "sha1" -> digest("SHA-1", data);
      default -> digest("SHA-256", data);
    };
  }

  private static String crc(Checksum checksum, byte[] data) {
    checksum.update(data, 0, data.length);
    long value = checksum.getValue();
    byte[] bytes = {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static String digest(String algorithm, byte[] data) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance(algorithm).digest(data));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(String algorithm, byte[] data) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(data));
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
