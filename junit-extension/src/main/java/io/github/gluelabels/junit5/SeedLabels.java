package io.github.gluelabels.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Seeds a transform of the fake Glue with the labels of a labeling file on the class path, creating the transform.
 * On a test class (or a superclass, an enclosing class of a {@code @Nested} class, or an annotation of your own) it
 * applies to every test; on a test method, to that test only. When two seeds name the same transform, the more
 * specific one wins: a subclass's over its superclass's, a nested class's over its enclosing class's, a method's over
 * its class's.
 *
 * <pre>{@code
 * @SeedLabels(transformId = "tfm-123", csv = "labels/people.csv")
 * @SeedLabels(transformId = "tfm-456", csv = "labels/places.csv", bucket = "exports")
 * }</pre>
 *
 * <p>A missing file or a file that is not a valid labeling file fails the class (or the test, for a method's seed)
 * with a message naming the file, the line and this annotation.
 *
 * @since 0.1.0
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(SeedLabels.List.class)
public @interface SeedLabels {

    /**
     * The transform to seed.
     *
     * @return a transform id, e.g. {@code tfm-0123456789abcdef}
     */
    String transformId();

    /**
     * The labeling file: a UTF-8 CSV whose header starts with {@code labeling_set_id,label}, as Glue exports it.
     *
     * @return a class path resource, from the root of the class path ({@code labels/people.csv} is
     *     {@code src/test/resources/labels/people.csv}); a leading {@code /} is allowed
     */
    String csv();

    /**
     * A bucket to create in the fake S3 beside the transform, e.g. the one the test exports to.
     *
     * @return a bucket name; none by default
     */
    String bucket() default "";

    /**
     * Holds repeated {@link SeedLabels} annotations; written by the compiler, seldom by hand.
     *
     * @since 0.1.0
     */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @interface List {

        /** @return the seeds */
        SeedLabels[] value();
    }
}
