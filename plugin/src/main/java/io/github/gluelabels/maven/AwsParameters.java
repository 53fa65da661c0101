package io.github.gluelabels.maven;

import io.github.gluelabels.core.text.Redaction;
import io.github.gluelabels.core.validation.Values;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a goal reaches AWS, as configured: region, where the credentials come from, endpoints and retries. Checked
 * before anything is sent; {@link AwsConnector} turns it into clients.
 *
 * @param region the region, or {@code null} for the SDK's region chain
 * @param profile a profile of {@code ~/.aws/config}, or {@code null}
 * @param serverId a {@code settings.xml} server, or {@code null}
 * @param endpointUrl the Glue endpoint, or {@code null}
 * @param s3EndpointUrl the S3 endpoint, or {@code null}
 * @param maxAttempts attempts per call
 */
record AwsParameters(
        String region, String profile, String serverId, String endpointUrl, String s3EndpointUrl, int maxAttempts) {

    /** Adds every problem of these parameters to {@code problems}. */
    void check(ConfigurationProblems problems) {
        if (present(serverId) && present(profile)) {
            problems.add("serverId (" + Values.describe(serverId) + ") and profile (" + Values.describe(profile)
                    + ") are both set: take the credentials from one of them");
        }
        endpoint("endpointUrl", endpointUrl, problems);
        endpoint("s3EndpointUrl", s3EndpointUrl, problems);
    }

    /** Adds the problem of {@code maxAttempts}, which also the embedded fake's clients use. */
    void checkAttempts(ConfigurationProblems problems) {
        if (maxAttempts < 1) {
            problems.parameter("maxAttempts", "must be 1 or more (1 = no retry)", String.valueOf(maxAttempts));
        }
    }

    /** @return the parameters that are set and that the embedded fake ignores, by name */
    List<String> setButIgnoredByFake() {
        List<String> set = new ArrayList<>();
        addIfPresent(set, "region", region);
        addIfPresent(set, "profile", profile);
        addIfPresent(set, "serverId", serverId);
        addIfPresent(set, "endpointUrl", endpointUrl);
        addIfPresent(set, "s3EndpointUrl", s3EndpointUrl);
        return set;
    }

    /**
     * Reads an endpoint parameter.
     *
     * @return the endpoint, or empty when it is not set or not valid (then with a problem added)
     */
    static Optional<URI> endpoint(String parameter, String value, ConfigurationProblems problems) {
        if (!present(value)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        // the value may hold a password (https://user:password@host), also when it is not a valid URL
        problems.parameter(
                parameter,
                "must be an http:// or https:// URL with a host, e.g. http://127.0.0.1:4566",
                Redaction.configuredUrl(value));
        return Optional.empty();
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void addIfPresent(List<String> names, String name, String value) {
        if (present(value)) {
            names.add(name);
        }
    }
}
