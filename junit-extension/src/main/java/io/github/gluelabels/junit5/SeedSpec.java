package io.github.gluelabels.junit5;

import io.github.gluelabels.core.validation.Values;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

/**
 * One seed asked for: a transform, its labeling file (or the records of its input table) on the class path, perhaps a
 * bucket, and where it was asked.
 *
 * @param transformId the transform
 * @param csv the class path resource of the labeling file or records, without a leading slash
 * @param bucket a bucket to create, or empty
 * @param origin the annotation or builder call and where it is, for messages
 * @param records whether the file holds records ({@link SeedRecords}) rather than labels
 */
record SeedSpec(String transformId, String csv, String bucket, String origin, boolean records) {

    SeedSpec(String transformId, String csv, String bucket, String origin) {
        this(transformId, csv, bucket, origin, false);
    }

    static SeedSpec of(SeedRecords seed, AnnotatedElement where) {
        String written = "@SeedRecords(transformId = " + Values.describe(seed.transformId()) + ", csv = "
                + Values.describe(seed.csv())
                + (seed.bucket().isEmpty() ? "" : ", bucket = " + Values.describe(seed.bucket()))
                + ")";
        return new SeedSpec(
                seed.transformId(), stripSlash(seed.csv()), seed.bucket(), written + " on " + describe(where), true);
    }

    static SeedSpec of(SeedLabels seed, AnnotatedElement where) {
        String written = "@SeedLabels(transformId = " + Values.describe(seed.transformId()) + ", csv = "
                + Values.describe(seed.csv())
                + (seed.bucket().isEmpty() ? "" : ", bucket = " + Values.describe(seed.bucket()))
                + ")";
        return new SeedSpec(
                seed.transformId(), stripSlash(seed.csv()), seed.bucket(), written + " on " + describe(where));
    }

    static SeedSpec ofBuilder(String transformId, String csv, String bucket) {
        return new SeedSpec(
                transformId,
                stripSlash(csv),
                bucket == null ? "" : bucket,
                "FakeGlueExtension.builder().seed(" + Values.describe(transformId) + ", " + Values.describe(csv) + ")");
    }

    /** @return the name the labeling file goes by in messages */
    String source() {
        return "classpath:" + csv;
    }

    static String describe(AnnotatedElement where) {
        if (where instanceof Class<?> c) {
            return (c.isAnnotation() ? "annotation @" : "class ") + c.getName();
        }
        if (where instanceof Method m) {
            return "method " + m.getDeclaringClass().getName() + "." + m.getName() + "()";
        }
        return String.valueOf(where);
    }

    private static String stripSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
