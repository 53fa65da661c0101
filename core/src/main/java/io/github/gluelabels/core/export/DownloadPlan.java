package io.github.gluelabels.core.export;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.S3Uri;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * What a download brings and where each object goes, decided before anything is written: the objects listed under the
 * output path but those that were there before the export ({@link EarlierObjects}), each with its place in the folder
 * ({@link DownloadTargets}), within the {@link DownloadLimits}.
 *
 * @param source the S3 folder
 * @param objects the objects to download, in key order
 * @param targets where each object goes, in the same order
 * @param totalBytes the size of them all
 * @param leftAside how many listed objects were there before the export, and are not downloaded
 */
record DownloadPlan(S3Uri source, List<S3Object> objects, List<RelativePath> targets, long totalBytes, int leftAside) {

    /**
     * @param listed the objects under the folder now, in key order
     * @throws GlueLabelsException when nothing is left to download, a key is refused, or the objects are more (or
     *     larger) than the limits allow
     */
    static DownloadPlan of(S3Uri source, List<S3Object> listed, EarlierObjects earlier, DownloadLimits limits) {
        List<S3Object> objects = listed.stream().filter(o -> !earlier.holds(o)).toList();
        int leftAside = listed.size() - objects.size();
        if (objects.isEmpty()) {
            throw nothingToDownload(source, leftAside);
        }
        List<RelativePath> targets = DownloadTargets.plan(source, keys(objects));
        long total = objects.stream().mapToLong(S3Object::size).sum();
        limits.check(source, objects.size(), total);
        return new DownloadPlan(source, objects, targets, total, leftAside);
    }

    int count() {
        return objects.size();
    }

    List<String> keys() {
        return keys(objects);
    }

    /** @return object {@code i}'s location for a message, e.g. {@code s3://bucket/labels/part-00000.csv} */
    String location(int i) {
        return DownloadTargets.location(source, objects.get(i).key());
    }

    /** @return each object as a file of the download folder {@code root} */
    List<DownloadedFile> files(Path root) {
        List<DownloadedFile> files = new ArrayList<>(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            S3Object object = objects.get(i);
            files.add(new DownloadedFile(object.key(), targets.get(i).in(root), object.size()));
        }
        return files;
    }

    /** @return what a log says of the objects left aside (when there are any) */
    String leftAsideNote() {
        return "Left aside " + leftAside + " object(s) under " + source + " that were there before this export "
                + "started (earlier exports to the same path); downloading the " + objects.size() + " it wrote.";
    }

    private static List<String> keys(List<S3Object> objects) {
        return objects.stream().map(S3Object::key).toList();
    }

    private static GlueLabelsException nothingToDownload(S3Uri source, int leftAside) {
        if (leftAside == 0) {
            return new GlueLabelsException("Nothing to download: there is no object under " + source
                    + ". The export wrote " + "nothing there, or to another path.");
        }
        return new GlueLabelsException("Nothing to download: this export wrote no object under " + source + "; "
                + (leftAside == 1
                        ? "1 object that was there before it started was"
                        : leftAside + " objects that were there " + "before it started were")
                + " left aside (a download brings only what the export's own task run wrote). "
                + "The run wrote to another path, or its objects were removed meanwhile.");
    }
}
