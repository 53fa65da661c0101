package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketLocationConstraint;
import software.amazon.awssdk.services.s3.model.HeadBucketResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.S3Exception;

@DisplayName("S3 buckets through the AWS SDK's S3Client")
class S3BucketsTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    S3Client s3;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        s3 = Clients.s3(fake);
    }

    @AfterEach
    void forgetAccount() {
        s3.close();
        fake.close();
    }

    @Test
    void createdBucketIsListedAndAnswersHeadWithItsRegion() {
        s3.createBucket(r -> r.bucket("new-bucket"));

        HeadBucketResponse head = s3.headBucket(r -> r.bucket("new-bucket"));
        assertThat(head.sdkHttpResponse().statusCode()).isEqualTo(200);
        assertThat(head.bucketRegion()).isEqualTo("us-east-1");
        assertThat(s3.listBuckets().buckets()).extracting(b -> b.name()).containsExactly("new-bucket");
        assertThat(fake.buckets()).containsExactly("new-bucket");
    }

    @Test
    void bucketWithALocationConstraintIsInThatRegion() {
        s3.createBucket(r -> r.bucket("eu-bucket")
                .createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));

        assertThat(s3.headBucket(r -> r.bucket("eu-bucket")).bucketRegion()).isEqualTo("eu-west-1");
        assertThat(s3.getBucketLocation(r -> r.bucket("eu-bucket")).locationConstraint())
                .isEqualTo(BucketLocationConstraint.EU_WEST_1);
    }

    @Test
    void creatingAnOwnedBucketAgainInUsEast1Succeeds() {
        s3.createBucket(r -> r.bucket("twice"));

        assertThat(s3.createBucket(r -> r.bucket("twice")).sdkHttpResponse().statusCode())
                .isEqualTo(200);
    }

    @Test
    void creatingAnOwnedBucketAgainOutsideUsEast1IsBucketAlreadyOwnedByYou() {
        s3.createBucket(r -> r.bucket("twice-eu")
                .createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1)));

        assertThatThrownBy(() -> s3.createBucket(r -> r.bucket("twice-eu")
                        .createBucketConfiguration(c -> c.locationConstraint(BucketLocationConstraint.EU_WEST_1))))
                .isInstanceOfSatisfying(BucketAlreadyOwnedByYouException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BucketAlreadyOwnedByYou");
                    assertThat(e.requestId()).isNotBlank();
                });
    }

    @Test
    void reservedBucketNameIsInvalidBucketName() {
        // the SDK itself refuses names with upper case or underscores; a reserved prefix reaches the service
        assertThatThrownBy(() -> s3.createBucket(r -> r.bucket("xn--reserved")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidBucketName");
                });
        assertThat(fake.buckets()).isEmpty();
    }

    @Test
    void headOfAMissingBucketIsNoSuchBucketWith404() {
        assertThatThrownBy(() -> s3.headBucket(r -> r.bucket("missing-bucket")))
                .isInstanceOfSatisfying(
                        NoSuchBucketException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(404));
    }

    @Test
    void deletedBucketIsGone() {
        s3.createBucket(r -> r.bucket("short-lived"));

        assertThat(s3.deleteBucket(r -> r.bucket("short-lived"))
                        .sdkHttpResponse()
                        .statusCode())
                .isEqualTo(204);
        assertThat(fake.buckets()).isEmpty();
        assertThatThrownBy(() -> s3.headBucket(r -> r.bucket("short-lived"))).isInstanceOf(NoSuchBucketException.class);
    }

    @Test
    void deletingABucketWithObjectsIsBucketNotEmpty() {
        s3.createBucket(r -> r.bucket("full"));
        s3.putObject(r -> r.bucket("full").key("k"), RequestBody.fromString("x"));

        assertThatThrownBy(() -> s3.deleteBucket(r -> r.bucket("full")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty");
                });
        assertThat(fake.buckets()).containsExactly("full");
    }

    @Test
    void deletingAMissingBucketIsNoSuchBucket() {
        assertThatThrownBy(() -> s3.deleteBucket(r -> r.bucket("missing-bucket")))
                .isInstanceOfSatisfying(NoSuchBucketException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified bucket does not exist");
                });
    }

    @Test
    void objectOperationsOnAMissingBucketAreNoSuchBucket() {
        assertThatThrownBy(() -> s3.putObject(r -> r.bucket("missing-bucket").key("k"), RequestBody.fromString("x")))
                .isInstanceOf(NoSuchBucketException.class);
        assertThatThrownBy(() ->
                        s3.getObjectAsBytes(r -> r.bucket("missing-bucket").key("k")))
                .isInstanceOf(NoSuchBucketException.class);
        assertThatThrownBy(() -> s3.listObjectsV2(r -> r.bucket("missing-bucket")))
                .isInstanceOf(NoSuchBucketException.class);
    }
}
