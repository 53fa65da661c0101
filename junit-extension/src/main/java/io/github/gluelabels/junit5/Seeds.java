package io.github.gluelabels.junit5;

import io.github.gluelabels.core.labels.LabelingFile;
import io.github.gluelabels.core.labels.LabelingFileException;
import io.github.gluelabels.core.validation.Constraints;
import io.github.gluelabels.core.validation.Values;
import io.github.gluelabels.core.validation.Violation;
import io.github.gluelabels.fake.FakeGlue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The seeds and buckets of one level (a class with its superclasses, or a method), read from the annotations, loaded
 * from the class path and checked once: every problem is reported at once, naming the file, the line and the
 * annotation. Immutable once made, so that many tests can seed from it at once.
 *
 * @param seeds the seeds with their files' bytes, least specific first
 * @param buckets the buckets to create
 */
record Seeds(List<Loaded> seeds, Set<String> buckets) {

    static final Seeds NONE = new Seeds(List.of(), Set.of());

    /**
     * A seed with the bytes of its labeling file.
     *
     * @param spec what was asked
     * @param bytes the labeling file
     */
    @SuppressWarnings("ArrayRecordComponent") // a seed file's bytes, handed to the fake, never compared or hashed
    record Loaded(SeedSpec spec, byte[] bytes) {}

    /**
     * Reads the seeds and buckets declared on a class and its superclasses (the topmost superclass first), including
     * those of annotations they carry.
     */
    static Seeds declaredOn(Class<?> testClass, List<SeedSpec> extraSeeds, List<String> extraBuckets, String where) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        List<SeedSpec> specs = new ArrayList<>(extraSeeds);
        Set<String> buckets = new LinkedHashSet<>(extraBuckets);
        for (Class<?> c : hierarchy) {
            collect(c, c, specs, buckets, new HashSet<>());
        }
        return load(specs, buckets, testClass.getClassLoader(), where);
    }

    /** Reads the seeds and buckets declared on a test method. */
    static Seeds declaredOn(Method method, Class<?> testClass) {
        List<SeedSpec> specs = new ArrayList<>();
        Set<String> buckets = new LinkedHashSet<>();
        collect(method, method, specs, buckets, new HashSet<>());
        if (specs.isEmpty() && buckets.isEmpty()) {
            return NONE;
        }
        return load(
                specs,
                buckets,
                testClass.getClassLoader(),
                "test " + method.getDeclaringClass().getName() + "." + method.getName() + "()");
    }

    /** Finds the annotations directly on an element, then those on its annotations (meta-annotations), in order. */
    private static void collect(
            AnnotatedElement element,
            AnnotatedElement declaredOn,
            List<SeedSpec> specs,
            Set<String> buckets,
            Set<Class<?>> visited) {
        for (Annotation a : element.getDeclaredAnnotations()) {
            if (a instanceof SeedLabels seed) {
                add(seed, declaredOn, specs, buckets);
            } else if (a instanceof SeedLabels.List list) {
                for (SeedLabels seed : list.value()) {
                    add(seed, declaredOn, specs, buckets);
                }
            } else if (a instanceof SeedRecords seed) {
                add(SeedSpec.of(seed, declaredOn), specs, buckets);
            } else if (a instanceof SeedRecords.List list) {
                for (SeedRecords seed : list.value()) {
                    add(SeedSpec.of(seed, declaredOn), specs, buckets);
                }
            } else if (a instanceof FakeBucket bucket) {
                buckets.add(bucket.value());
            } else if (a instanceof FakeBucket.List list) {
                for (FakeBucket bucket : list.value()) {
                    buckets.add(bucket.value());
                }
            } else {
                Class<? extends Annotation> type = a.annotationType();
                if (!type.getName().startsWith("java.lang.annotation.") && visited.add(type)) {
                    collect(type, type, specs, buckets, visited);
                }
            }
        }
    }

    private static void add(SeedLabels seed, AnnotatedElement where, List<SeedSpec> specs, Set<String> buckets) {
        add(SeedSpec.of(seed, where), specs, buckets);
    }

    private static void add(SeedSpec spec, List<SeedSpec> specs, Set<String> buckets) {
        specs.add(spec);
        if (!spec.bucket().isEmpty()) {
            buckets.add(spec.bucket());
        }
    }

    private static Seeds load(List<SeedSpec> specs, Set<String> buckets, ClassLoader loader, String where) {
        List<String> problems = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        for (SeedSpec spec : specs) {
            List<Violation> violations = Constraints.hashString("transformId", spec.transformId());
            if (!violations.isEmpty()) {
                problems.add(spec.origin() + ": "
                        + violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
                continue;
            }
            URL resource = spec.csv().isEmpty() ? null : loader.getResource(spec.csv());
            if (resource == null) {
                problems.add(spec.origin() + ": there is no class path resource " + Values.describe(spec.csv())
                        + ". The path starts at the root of the class path: put the file at src/test/resources/"
                        + spec.csv()
                        + " (Maven and Gradle layout).");
                continue;
            }
            byte[] bytes;
            try (InputStream in = resource.openStream()) {
                bytes = in.readAllBytes();
            } catch (IOException e) {
                problems.add(spec.origin() + ": cannot read " + resource + ": " + e.getMessage());
                continue;
            }
            try {
                if (!spec.records()) {
                    LabelingFile.validate(new ByteArrayInputStream(bytes), spec.source());
                }
            } catch (LabelingFileException e) {
                problems.add(spec.origin() + ": " + e.getMessage());
                continue;
            }
            loaded.add(new Loaded(spec, bytes));
        }
        for (String bucket : buckets) {
            String problem = Constraints.bucketNameProblem(bucket);
            if (problem != null) {
                problems.add("the bucket name " + Values.describe(bucket) + " is not valid: " + problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new ExtensionConfigurationException(
                    "Cannot seed the fake Glue for " + where + ":\n  - " + String.join("\n  - ", problems));
        }
        return new Seeds(List.copyOf(loaded), Set.copyOf(new LinkedHashSet<>(buckets)));
    }

    /**
     * Seeds an account: creates the buckets, then replaces each transform's labels or records, in order.
     *
     * @throws ExtensionConfigurationException naming the annotation when records are not a CSV of records
     */
    void applyTo(FakeGlue account) {
        for (String bucket : buckets) {
            account.createBucket(bucket);
        }
        for (Loaded seed : seeds) {
            if (seed.spec().records()) {
                try {
                    account.seedRecords(
                            seed.spec().transformId(),
                            new ByteArrayInputStream(seed.bytes()),
                            seed.spec().source());
                } catch (IllegalArgumentException e) {
                    throw new ExtensionConfigurationException(seed.spec().origin() + ": " + e.getMessage(), e);
                }
            } else {
                account.seedLabels(
                        seed.spec().transformId(),
                        new ByteArrayInputStream(seed.bytes()),
                        seed.spec().source());
            }
        }
    }
}
