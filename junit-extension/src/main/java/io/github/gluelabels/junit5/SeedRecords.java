package io.github.gluelabels.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a transform of the fake Glue the records of its input table, from a CSV on the class path, creating the
 * transform: {@code StartMLLabelingSetGenerationTaskRun} draws its labeling sets from them. The first step of a
 * FindMatches loop, before any label exists. Applies where {@link SeedLabels @SeedLabels} applies (a class, its
 * superclasses and enclosing classes, an annotation of your own, a method), after the labels; the more specific seed
 * of a transform wins.
 *
 * <pre>{@code
 * @FakeGlueTest
 * @SeedRecords(transformId = "tfm-123", csv = "records/people.csv", bucket = "sets")
 * }</pre>
 *
 * <p>A missing file fails the class (or the test) naming the file and this annotation; a file that is not a CSV of
 * records fails the test that seeds it, naming the record.
 *
 * @since 0.1.0
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(SeedRecords.List.class)
public @interface SeedRecords {

    /**
     * The transform whose input table the records are.
     *
     * @return a transform id, e.g. {@code tfm-0123456789abcdef}
     */
    String transformId();

    /**
     * The records: a UTF-8 CSV whose header names the table's columns (the labeling file's columns after
     * {@code labeling_set_id,label}).
     *
     * @return a class path resource, from the root of the class path; a leading {@code /} is allowed
     */
    String csv();

    /**
     * A bucket to create in the fake S3 beside the transform, e.g. the one labeling sets go to.
     *
     * @return a bucket name; none by default
     */
    String bucket() default "";

    /**
     * Holds repeated {@link SeedRecords} annotations; written by the compiler, seldom by hand.
     *
     * @since 0.1.0
     */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @interface List {

        /** @return the seeds */
        SeedRecords[] value();
    }
}
