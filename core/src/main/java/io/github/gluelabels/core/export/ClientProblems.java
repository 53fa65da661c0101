package io.github.gluelabels.core.export;

import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.profiles.ProfileFileLocation;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;

/**
 * Explains a call that got no answer from AWS, in words a person can act on: no credentials were found (where the SDK
 * looked, and how to set them), or the network failed (no connection, a timeout, a host that does not resolve, a
 * connection lost). The messages name the operation and the endpoint, never a credential.
 */
final class ClientProblems {

    private static final Pattern PROFILE_NAME = Pattern.compile("profile '([^']*)'");

    private final Duration readTimeout;

    /** @param readTimeout the clients' read timeout, or {@code null} when unknown */
    ClientProblems(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    /**
     * @param operation the call, e.g. {@code GetMLTaskRun}
     * @param target what it called, e.g. {@code Glue at https://glue.eu-west-1.amazonaws.com}
     * @param attempts how many attempts the SDK made
     * @return why the call failed, and what to do
     */
    String explain(String operation, String target, SdkException e, int attempts) {
        String credentials = credentialsProblem(operation, e);
        return credentials != null
                ? credentials
                : networkProblem(operation, target, e, " (" + attempts + " attempt(s))");
    }

    /** @return what is wrong with the credentials, or {@code null} when the failure is not about them */
    private static String credentialsProblem(String operation, SdkException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Unable to load credentials")) {
            return "No AWS credentials found for " + operation + ". The AWS SDK tried, in order: "
                    + triedProviders(message)
                    + ". Set credentials with a profile (aws configure / aws sso login), the AWS_ACCESS_KEY_ID and "
                    + "AWS_SECRET_ACCESS_KEY environment variables, or a Maven settings.xml server.";
        }
        if (message.contains("Profile file contained no credentials")) {
            Matcher m = PROFILE_NAME.matcher(message);
            String profile = m.find() ? m.group(1) : "?";
            return "No AWS credentials for " + operation + " in profile '" + profile + "': " + profileFiles()
                    + " have no such profile, or it has no keys, role or SSO settings. Check the profile name "
                    + "('aws configure list-profiles' lists them), or set it up with 'aws configure --profile "
                    + profile
                    + "' or 'aws configure sso --profile " + profile + "'.";
        }
        return null;
    }

    private String networkProblem(String operation, String target, SdkException e, String attempts) {
        Throwable root = rootCause(e);
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (UnreachableStreak.isConnectTimeout(e)) {
            return "Cannot reach " + target + ": no connection was made within the connect timeout" + attempts + ": "
                    + sdkMessage(e) + ". Check the endpoint and the network (offline? a firewall or VPN in the way?).";
        }
        if (e instanceof ApiCallAttemptTimeoutException
                || e instanceof ApiCallTimeoutException
                || root instanceof SocketTimeoutException
                || message.toLowerCase(Locale.ROOT).contains("timed out")) {
            return target + " did not answer " + operation
                    + (readTimeout == null
                            ? " in time"
                            : " within the read timeout of " + Durations.describe(readTimeout))
                    + attempts + ": "
                    + sdkMessage(e) + ". Check the network, or raise the read timeout.";
        }
        if (root instanceof UnknownHostException) {
            return "Cannot reach " + target + ": the host name does not resolve (" + root.getMessage() + ")" + attempts
                    + ". Check the endpoint and the region, or the network (offline?).";
        }
        if (root instanceof ConnectException) {
            return "Cannot reach " + target + ": the connection was refused (" + root.getMessage() + ")" + attempts
                    + ". Is the endpoint right, and is the service (or fake) running?";
        }
        if (root instanceof SocketException
                || message.contains("failed to respond")
                || message.contains("Premature end")
                || message.contains("Connection reset")) {
            return "The connection to " + target + " was lost during " + operation + attempts + ": " + sdkMessage(e)
                    + ". This is usually passing (a network or proxy hiccup); try again.";
        }
        return operation + " failed before " + target + " answered" + attempts + ": " + sdkMessage(e);
    }

    /** The SDK's message without its attempt count, which our message states itself. */
    private static String sdkMessage(SdkException e) {
        String message = firstLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        return message.replaceFirst("\\s*\\(SDK Attempt Count: \\d+\\)$", "");
    }

    /** The providers the SDK names in "Unable to load credentials from any of the providers in the chain …". */
    private static String triedProviders(String message) {
        StringBuilder out = new StringBuilder();
        for (String provider : new String[] {
            "SystemPropertyCredentialsProvider",
            "EnvironmentVariableCredentialsProvider",
            "WebIdentityTokenFileCredentialsProvider",
            "ProfileCredentialsProvider",
            "ContainerCredentialsProvider",
            "InstanceProfileCredentialsProvider"
        }) {
            if (message.contains(provider)) {
                out.append(out.length() == 0 ? "" : ", ").append(describeProvider(provider));
            }
        }
        return out.length() == 0 ? firstLine(message) : out.toString();
    }

    private static String describeProvider(String provider) {
        return switch (provider) {
            case "SystemPropertyCredentialsProvider" -> "system properties aws.accessKeyId/aws.secretAccessKey";
            case "EnvironmentVariableCredentialsProvider" -> "environment AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY";
            case "WebIdentityTokenFileCredentialsProvider" -> "web identity token (AWS_WEB_IDENTITY_TOKEN_FILE)";
            case "ProfileCredentialsProvider" ->
                "the profile '"
                        + ProfileFileSystemSetting.AWS_PROFILE.getStringValue().orElse("default")
                        + "' in " + profileFiles();
            case "ContainerCredentialsProvider" -> "container credentials (ECS/EKS)";
            default -> "the EC2 instance profile";
        };
    }

    /** The shared credentials and config files the SDK reads, as this machine and JVM set them. */
    private static String profileFiles() {
        return ProfileFileLocation.credentialsFilePath() + " and " + ProfileFileLocation.configurationFilePath();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
