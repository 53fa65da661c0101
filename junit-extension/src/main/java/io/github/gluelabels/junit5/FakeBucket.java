package io.github.gluelabels.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Creates a bucket in the fake S3, in the fake's region: on a test class for every test, on a test method for that
 * test only.
 *
 * <pre>{@code
 * @FakeBucket("exports")
 * }</pre>
 *
 * @since 0.1.0
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(FakeBucket.List.class)
public @interface FakeBucket {

    /** @return the bucket name, e.g. {@code exports} */
    String value();

    /**
     * Holds repeated {@link FakeBucket} annotations; written by the compiler, seldom by hand.
     *
     * @since 0.1.0
     */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @Inherited
    @interface List {

        /** @return the buckets */
        FakeBucket[] value();
    }
}
