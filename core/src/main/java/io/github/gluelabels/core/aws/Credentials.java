package io.github.gluelabels.core.aws;

import java.util.Objects;

/**
 * Where the AWS credentials come from.
 *
 * @since 0.1.0
 */
public sealed interface Credentials {

    /**
     * The SDK's default chain: system properties, environment, web identity, the shared config and credentials files
     * (the {@code default} profile or {@code AWS_PROFILE}, SSO included), container and instance credentials.
     *
     * @return the source
     */
    static Credentials defaultChain() {
        return new DefaultChain();
    }

    /**
     * A named profile of {@code ~/.aws/config} and {@code ~/.aws/credentials}; SSO profiles work.
     *
     * @param name the profile
     * @return the source
     */
    static Credentials profile(String name) {
        return new Profile(name);
    }

    /**
     * A fixed key pair, e.g. for a fake or from Maven's {@code settings.xml}.
     *
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret key, never printed
     * @return the source
     */
    static Credentials of(String accessKeyId, String secretAccessKey) {
        return new Static(accessKeyId, secretAccessKey, null);
    }

    /**
     * Temporary credentials with a session token.
     *
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret key, never printed
     * @param sessionToken the session token, never printed
     * @return the source
     */
    static Credentials of(String accessKeyId, String secretAccessKey, String sessionToken) {
        return new Static(accessKeyId, secretAccessKey, sessionToken);
    }

    /** See {@link Credentials#defaultChain()}. */
    record DefaultChain() implements Credentials {
        @Override
        public String toString() {
            return "the AWS SDK's default credentials chain";
        }
    }

    /**
     * See {@link Credentials#profile(String)}.
     *
     * @param name the profile
     */
    record Profile(String name) implements Credentials {
        /**
         * Refuses a {@code null} profile name.
         *
         * @param name the profile
         */
        public Profile {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return "profile '" + name + "'";
        }
    }

    /**
     * See {@link Credentials#of(String, String, String)}. Its {@code toString()} shows the access key id only.
     *
     * @param accessKeyId the access key id
     * @param secretAccessKey the secret key
     * @param sessionToken the session token, or {@code null}
     */
    record Static(String accessKeyId, String secretAccessKey, String sessionToken) implements Credentials {
        /**
         * Refuses a {@code null} access key id or secret key.
         *
         * @param accessKeyId the access key id
         * @param secretAccessKey the secret key
         * @param sessionToken the session token, or {@code null}
         */
        public Static {
            Objects.requireNonNull(accessKeyId, "accessKeyId");
            Objects.requireNonNull(secretAccessKey, "secretAccessKey");
        }

        @Override
        public String toString() {
            return "static credentials with access key " + accessKeyId
                    + (sessionToken == null ? "" : " and a session token");
        }
    }
}
