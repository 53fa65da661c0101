package io.github.gluelabels.fake.internal.s3;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The parts a CompleteMultipartUpload puts together, from the list in its body, checked as S3 checks it: the whole list
 * first (ascending part numbers, each naming an uploaded part by its entity tag), then the sizes (every part but the
 * last at least {@value #MIN_PART_BYTES} bytes).
 */
final class CompletedParts {

    /** Every part but the last must be at least this large. */
    static final long MIN_PART_BYTES = 5L * 1024 * 1024;

    private CompletedParts() {}

    /**
     * @param body the request's body: {@code <Part><PartNumber>…</PartNumber><ETag>…</ETag></Part>…}
     * @param uploaded the parts uploaded, by number
     * @return the parts the body names, in its order
     * @throws S3Error {@code MalformedXML}, {@code InvalidPartOrder}, {@code InvalidPart} or {@code EntityTooSmall}
     */
    static List<StoredObject> select(String body, Map<Integer, StoredObject> uploaded) {
        List<String> numbers = S3Xml.elements(body, "PartNumber");
        List<String> etags = S3Xml.elements(body, "ETag");
        if (numbers.isEmpty() || numbers.size() != etags.size()) {
            throw S3Xml.malformed();
        }
        List<StoredObject> parts = new ArrayList<>(numbers.size());
        int previous = 0;
        for (int i = 0; i < numbers.size(); i++) {
            int number = partNumber(numbers.get(i));
            if (number <= previous) {
                throw new S3Error(
                        400,
                        "InvalidPartOrder",
                        "The list of parts was not in ascending order. The parts list "
                                + "must be specified in order by part number.");
            }
            previous = number;
            StoredObject part = uploaded.get(number);
            if (part == null
                    || !unquote(part.etag()).equals(unquote(etags.get(i).trim()))) {
                throw new S3Error(
                        400,
                        "InvalidPart",
                        "One or more of the specified parts could not be found. The part may "
                                + "not have been uploaded, or the specified entity tag may not match the part's entity tag.");
            }
            parts.add(part);
        }
        requireSizes(parts);
        return parts;
    }

    /** @return the entity tag of an object made of these parts: the MD5 of their MD5s, a dash and their number */
    static String etag(List<StoredObject> parts) {
        MessageDigest md5s = ObjectFiles.md5();
        for (StoredObject part : parts) {
            md5s.update(HexFormat.of().parseHex(unquote(part.etag())));
        }
        return "\"" + HexFormat.of().formatHex(md5s.digest()) + "-" + parts.size() + "\"";
    }

    private static void requireSizes(List<StoredObject> parts) {
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i).size() < MIN_PART_BYTES) {
                throw new S3Error(
                        400,
                        "EntityTooSmall",
                        "Your proposed upload is smaller than the minimum allowed size",
                        "ProposedSize",
                        Long.toString(parts.get(i).size()));
            }
        }
    }

    private static int partNumber(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw S3Xml.malformed();
        }
    }

    private static String unquote(String etag) {
        return etag.replace("\"", "").replace("&quot;", "");
    }
}
