package io.github.gluelabels.core.aws;

import io.github.gluelabels.core.text.Redaction;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to build the AWS clients: region, credentials, endpoints, timeouts and retries. Anything left unset falls back
 * to what the AWS SDK itself reads (region chain, {@code AWS_ENDPOINT_URL_GLUE}, {@code AWS_ENDPOINT_URL}), except
 * that there is no silent default region.
 *
 * @param region the region, or {@code null} for the SDK's region chain ({@code AWS_REGION}, the profile)
 * @param credentials where the credentials come from
 * @param glueEndpoint the Glue endpoint override, or {@code null}
 * @param s3Endpoint the S3 endpoint override, or {@code null}
 * @param s3PathStyle whether S3 requests use path-style addressing ({@code http://host/bucket/key}); needed by fakes
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for data on an open connection
 * @param maxAttempts how many attempts the SDK's standard retry strategy makes per call (1 = no retry); it retries
 *     HTTP 5xx, throttling, Glue's {@code OperationTimeoutException} and broken connections, with backoff
 * @since 0.1.0
 */
public record ClientSettings(
        String region,
        Credentials credentials,
        URI glueEndpoint,
        URI s3Endpoint,
        boolean s3PathStyle,
        Duration connectTimeout,
        Duration readTimeout,
        int maxAttempts) {

    /** The default connect timeout. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /** The default read timeout. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    /** The SDK standard retry strategy's default number of attempts. */
    public static final int DEFAULT_MAX_ATTEMPTS = 3;

    /**
     * Refuses missing credentials or timeouts, and fewer than one attempt.
     *
     * @param region the region, or {@code null} for the SDK's region chain ({@code AWS_REGION}, the profile)
     * @param credentials where the credentials come from
     * @param glueEndpoint the Glue endpoint override, or {@code null}
     * @param s3Endpoint the S3 endpoint override, or {@code null}
     * @param s3PathStyle whether S3 requests use path-style addressing ({@code http://host/bucket/key}); needed by fakes
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long to wait for data on an open connection
     * @param maxAttempts how many attempts the SDK's standard retry strategy makes per call (1 = no retry); it retries
     *     HTTP 5xx, throttling, Glue's {@code OperationTimeoutException} and broken connections, with backoff
     */
    public ClientSettings {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
    }

    /** @return the settings, with the user information of the endpoints masked ({@link Redaction}) */
    @Override
    public String toString() {
        return "ClientSettings[region=" + region + ", credentials=" + credentials + ", glueEndpoint="
                + (glueEndpoint == null ? null : Redaction.endpoint(glueEndpoint)) + ", s3Endpoint="
                + (s3Endpoint == null ? null : Redaction.endpoint(s3Endpoint)) + ", s3PathStyle=" + s3PathStyle
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", maxAttempts=" + maxAttempts
                + "]";
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder with these settings */
    public Builder toBuilder() {
        return new Builder()
                .region(region)
                .credentials(credentials)
                .glueEndpoint(glueEndpoint)
                .s3Endpoint(s3Endpoint)
                .s3PathStyle(s3PathStyle)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .maxAttempts(maxAttempts);
    }

    /** Builds {@link ClientSettings}. */
    public static final class Builder {
        private String region;
        private Credentials credentials = Credentials.defaultChain();
        private URI glueEndpoint;
        private URI s3Endpoint;
        private Boolean s3PathStyle;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int maxAttempts = DEFAULT_MAX_ATTEMPTS;

        private Builder() {}

        /**
         * @param region e.g. {@code eu-west-1}; {@code null} for the SDK's region chain
         * @return this builder
         */
        public Builder region(String region) {
            this.region = region == null || region.isBlank() ? null : region.trim();
            return this;
        }

        /**
         * @param credentials where the credentials come from; the default chain by default
         * @return this builder
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /**
         * @param endpoint the Glue endpoint, e.g. {@code http://127.0.0.1:4566}; {@code null} for the SDK's choice
         * @return this builder
         */
        public Builder glueEndpoint(URI endpoint) {
            this.glueEndpoint = endpoint;
            return this;
        }

        /**
         * @param endpoint the S3 endpoint; {@code null} for the SDK's choice
         * @return this builder
         */
        public Builder s3Endpoint(URI endpoint) {
            this.s3Endpoint = endpoint;
            return this;
        }

        /**
         * @param pathStyle path-style S3 addressing; by default on exactly when an S3 endpoint is set
         * @return this builder
         */
        public Builder s3PathStyle(boolean pathStyle) {
            this.s3PathStyle = pathStyle;
            return this;
        }

        /**
         * @param timeout the connect timeout; 10 s by default
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * @param timeout the read (socket) timeout; 60 s by default
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * @param attempts attempts per call of the SDK's standard retry strategy; 3 by default, 1 = no retry
         * @return this builder
         */
        public Builder maxAttempts(int attempts) {
            this.maxAttempts = attempts;
            return this;
        }

        /** @return the settings */
        public ClientSettings build() {
            return new ClientSettings(
                    region,
                    credentials,
                    glueEndpoint,
                    s3Endpoint,
                    s3PathStyle != null ? s3PathStyle : s3Endpoint != null,
                    connectTimeout,
                    readTimeout,
                    maxAttempts);
        }
    }
}
