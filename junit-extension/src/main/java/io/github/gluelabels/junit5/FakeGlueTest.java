package io.github.gluelabels.junit5;

import io.github.gluelabels.fake.FakeDefaults;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Runs the test class against a fake AWS Glue (ML task runs) and S3 (in this JVM; on 127.0.0.1 and a free port when
 * anything asks for its endpoint, see {@link #transport()}). Test and lifecycle
 * methods can take a {@link software.amazon.awssdk.services.glue.GlueClient GlueClient}, an
 * {@link software.amazon.awssdk.services.s3.S3Client S3Client} and the {@link io.github.gluelabels.fake.FakeGlue
 * FakeGlue} account they talk to (which also chooses what evaluations find); seed labels with
 * {@link SeedLabels @SeedLabels} and the records of input tables with {@link SeedRecords @SeedRecords}.
 *
 * <pre>{@code
 * @FakeGlueTest
 * @SeedLabels(transformId = "tfm-123", csv = "labels/people.csv", bucket = "exports")
 * class ExportTest {
 *   @Test
 *   void exports(GlueClient glue) {
 *     glue.startExportLabelsTaskRun(r -> r.transformId("tfm-123").outputS3Path("s3://exports/run-1"));
 *   }
 * }
 * }</pre>
 *
 * <p>One fake server serves the class and its {@code @Nested} classes; each test gets an account of its own on it
 * (unless {@link #resetPerTest()} is off), so tests running in parallel never see each other's labels, task runs,
 * faults or journal. Inherited by subclasses, and usable as a meta-annotation on an annotation of your own. The same
 * settings are available programmatically through {@link FakeGlueExtension#builder()}.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakeGlueExtension.class)
// value and mode: a read lock of our own that nothing writes, so that it holds back no test. JUnit 5.11 requires a
// value (without, reading the annotation fails the whole engine) and ignores providers, added in 5.12.
@ResourceLock(value = FakeGlueLocks.FAKE_GLUE_TEST, mode = ResourceAccessMode.READ, providers = FakeGlueLocks.class)
public @interface FakeGlueTest {

    /**
     * The region of the fake: the region of its transforms, of buckets the test names, and of the injected clients.
     *
     * @return the region; {@value FakeDefaults#REGION} by default
     */
    String region() default FakeDefaults.REGION;

    /**
     * The most labels an export writes into one file. By default there is no limit: an export is one file, as Glue
     * writes it. Small values split exports into {@code _part-NNNNN} files, for code that must read several.
     *
     * @return the number of labels, at least 1; {@value FakeDefaults#ROWS_PER_PART} by default
     */
    int rowsPerPart() default FakeDefaults.ROWS_PER_PART;

    /**
     * How the injected clients reach the fake: in this JVM without a socket, the fake opening its port only when
     * something asks for its endpoint (the default), or over a socket to a port open from the start. See
     * {@link Transport}.
     *
     * @return {@link Transport#IN_PROCESS} by default
     */
    Transport transport() default Transport.IN_PROCESS;

    /**
     * Whether each test gets a fresh account, seeded from the class's and its own {@link SeedLabels @SeedLabels}. When
     * off, the class (with its {@code @Nested} classes) shares one account that is never reset, so that
     * {@code @BeforeAll} methods can take a {@code FakeGlue} or client and prepare it; tests then see each other's
     * changes. Under parallel execution the class then takes a lock of its own, so that its tests run one after
     * another while other classes still run beside them.
     *
     * @return {@code true} by default
     */
    boolean resetPerTest() default true;

    /**
     * Whether to publish the fake's endpoint, region and credentials as the system properties the AWS SDK for Java v2
     * reads ({@code aws.endpointUrl}, {@code aws.endpointUrlGlue}, {@code aws.endpointUrlS3}, {@code aws.region},
     * {@code aws.accessKeyId}, {@code aws.secretAccessKey}; {@code aws.sessionToken} is cleared), so that code under
     * test that builds its own clients with the SDK's defaults reaches the fake. They are set before each test's
     * {@code @BeforeEach} methods and restored after its {@code @AfterEach} methods.
     *
     * <p>System properties are global to the JVM: when this is on, the class takes JUnit's
     * {@code @ResourceLock(Resources.SYSTEM_PROPERTIES)}, so that under parallel execution its tests run one at a time
     * and never beside another test that declares it uses system properties. (On JUnit 5.11, which cannot add locks
     * from an annotation's attributes, declare that lock on the class yourself when tests run in parallel; the
     * extension says so if it is missing.)
     *
     * @return {@code false} by default
     */
    boolean publishSystemProperties() default false;

    /**
     * Whether a test fails when, during it, its account received calls the fake does not understand (a Glue operation
     * it does not implement, an S3 request it does not support). Such calls already fail with an error; this makes sure
     * the test does not pass by accident, e.g. by catching that error. The failure says what was asked.
     *
     * @return {@code true} by default
     */
    boolean failOnUnknownRequests() default true;
}
