package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.core.validation.Values;
import io.github.gluelabels.core.validation.Violation;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each object of a download goes, decided from its key alone, before anything is written. A key is untrusted
 * input: one that would land outside the folder, on glue-labels' own bookkeeping, or on the same file or folder as
 * another key on some operating system is refused, naming the keys. Names are compared as macOS and Windows compare
 * them — ignoring case and Unicode normalization — on every system, so that a download that works on one works on all.
 */
final class DownloadTargets {

    /**
     * The folder, inside every download folder, that holds glue-labels' own files: the list of downloaded files, the
     * journal of a move, files on their way in or out. No key may land there.
     */
    static final String BOOKKEEPING = ".glue-labels";

    private DownloadTargets() {}

    /**
     * Refuses a whole bucket as the folder to download from: the download would bring every object in it.
     *
     * @throws InvalidRequestException naming the path, when it has no key
     */
    static void refuseWholeBucket(S3Uri source) {
        if (source.isWholeBucket()) {
            throw new InvalidRequestException(List.of(new Violation(
                    "OutputS3Path",
                    "must name a folder inside the bucket to download from",
                    "a download of a whole bucket is refused: it would bring every object in it. Export to a folder such as "
                            + "s3://" + source.bucket() + "/labels/, or do not download",
                    source.toString(),
                    null)));
        }
    }

    /**
     * @param source the S3 folder
     * @param keys the keys under it, in key order
     * @return where each key goes, in the same order
     * @throws GlueLabelsException naming the keys, for the first key that is refused
     */
    static List<RelativePath> plan(S3Uri source, List<String> keys) {
        String prefix = source.folderPrefix();
        List<RelativePath> paths = new ArrayList<>(keys.size());
        // every file and folder so far, by its name as macOS and Windows see it
        Map<String, Claim> claims = new HashMap<>();
        for (String key : keys) {
            RelativePath path = path(source, prefix, key);
            for (int depth = 1; depth <= path.depth(); depth++) {
                RelativePath place = path.first(depth);
                Claim claim = new Claim(place.toString(), key, depth == path.depth());
                Claim earlier = claims.putIfAbsent(folded(place), claim);
                if (earlier != null) {
                    refuseClash(source, earlier, claim, place.in(Path.of("")));
                }
            }
            paths.add(path);
        }
        return paths;
    }

    /** A file or folder of the download, and the (first) key that needs it. */
    private record Claim(String place, String key, boolean file) {}

    private static void refuseClash(S3Uri source, Claim earlier, Claim claim, Path place) {
        String both = location(source, earlier.key()) + " and " + location(source, claim.key());
        if (!earlier.place().equals(claim.place())) {
            throw refused(
                    both + ": their names differ only in case or Unicode normalization ("
                            + Values.describe(earlier.place()) + ", " + Values.describe(claim.place())
                            + "), so on macOS and Windows they would be "
                            + "written to the same " + (earlier.file() || claim.file() ? "file" : "folder")
                            + " and one would replace "
                            + "or mix with the other",
                    source);
        }
        if (earlier.file() && claim.file()) {
            throw refused(
                    both + ": both keys would be written to the same file " + place + " of the download folder, "
                            + "and one would silently replace the other",
                    source);
        }
        if (earlier.file() || claim.file()) {
            throw refused(both + ": " + place + " would have to be a file and a folder at once", source);
        }
    }

    private static RelativePath path(S3Uri source, String prefix, String key) {
        List<String> names = new ArrayList<>();
        for (String name : key.substring(prefix.length()).split("/", -1)) {
            if (name.isEmpty() || name.equals(".")) {
                continue; // S3 keys may hold a//b or a/./b; they are the same place on disk
            }
            if (!RelativePath.safeName(name)) {
                throw refused(
                        location(source, key) + ": its key would be written outside the download folder (it has "
                                + "'..', a backslash, a NUL or a drive letter)",
                        source);
            }
            names.add(name);
        }
        if (names.isEmpty()) {
            throw refused(location(source, key) + ": its key has no file name", source);
        }
        if (fold(names.get(0)).startsWith(BOOKKEEPING)) {
            throw refused(
                    location(source, key) + ": names starting with " + BOOKKEEPING + " are reserved for "
                            + "glue-labels' own files in the download folder (the list of downloaded files, the journal of a move), "
                            + "and no object may replace or forge them",
                    source);
        }
        return new RelativePath(names);
    }

    /**
     * @return the object's location for a message; a key with a line break or another control character is shown
     *     quoted and escaped, so that it cannot forge a line of the log
     */
    static String location(S3Uri source, String key) {
        boolean plain = key.codePoints()
                .noneMatch(cp -> Character.isISOControl(cp)
                        || Character.getType(cp) == Character.LINE_SEPARATOR
                        || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR);
        return "s3://" + source.bucket() + "/" + (plain ? key : Values.describe(key));
    }

    private static GlueLabelsException refused(String what, S3Uri source) {
        return new GlueLabelsException("Refusing to download " + what + ". Nothing was downloaded. Look at what wrote "
                + "these objects under " + source + ".");
    }

    /** @return a place as macOS and Windows compare names: case and Unicode normalization ignored */
    static String folded(RelativePath path) {
        return fold(path.toString());
    }

    static String fold(String name) {
        String composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder folded = new StringBuilder(composed.length());
        composed.codePoints()
                .map(cp -> Character.toLowerCase(Character.toUpperCase(cp)))
                .forEach(folded::appendCodePoint);
        // folding may decompose or compose again (e.g. a title-case letter): normalize the result once more
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }
}
