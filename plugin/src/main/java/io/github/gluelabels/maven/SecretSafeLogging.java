package io.github.gluelabels.maven;

import java.util.List;

/**
 * Keeps secrets out of the build log under {@code mvn -X}. At debug level, the AWS SDK's request signer logs the
 * canonical request and Apache HttpClient logs the headers it sends: both include {@code X-Amz-Security-Token}, the
 * session token of temporary credentials. (The secret key itself never leaves the process: SigV4 sends a signature.)
 *
 * <p>Maven's SLF4J provider (simple logger) fixes a logger's level when the logger is first created, reading
 * {@code org.slf4j.simpleLogger.log.<name>} from the system properties. Setting those properties before the first AWS
 * call caps these loggers at {@code info}, whatever {@code -X} says. A level set by the user wins. Loggers created
 * earlier in the same JVM (by another plugin using the same libraries) keep their level.
 */
final class SecretSafeLogging {

    private static final String PREFIX = "org.slf4j.simpleLogger.log.";

    /** The loggers that print request headers or the canonical request at debug level. */
    private static final List<String> HEADER_LOGGERS = List.of(
            "software.amazon.awssdk.http.auth.aws.internal.signer",
            "software.amazon.awssdk.auth.signer",
            "org.apache.hc.client5.http.wire",
            "org.apache.hc.client5.http.headers",
            "org.apache.http.wire",
            "org.apache.http.headers");

    private SecretSafeLogging() {}

    /** Caps the loggers that would print secrets at {@code info}, unless a level is set for them already. */
    static void apply() {
        for (String logger : HEADER_LOGGERS) {
            String property = PREFIX + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "info");
            }
        }
    }
}
