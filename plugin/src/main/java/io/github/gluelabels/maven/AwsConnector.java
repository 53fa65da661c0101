package io.github.gluelabels.maven;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.core.aws.MissingRegionException;
import io.github.gluelabels.core.text.Redaction;
import io.github.gluelabels.fake.FakeGlue;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Makes the AWS clients of a goal from its {@link AwsParameters}: the region, the credentials (a {@code settings.xml}
 * server, a profile, or the SDK's default chain) and the endpoints; and refuses, when Maven is offline, a call that
 * would leave this machine.
 */
final class AwsConnector {

    /** Where the credentials come from when a goal calls the fake of {@code fake-start}. */
    static final String FAKE_START_CREDENTIALS =
            "the test credentials of the fake of glue-labels:fake-start (not secret)";

    private final Settings settings;
    private final SettingsDecrypter settingsDecrypter;

    AwsConnector(Settings settings, SettingsDecrypter settingsDecrypter) {
        this.settings = settings;
        this.settingsDecrypter = settingsDecrypter;
    }

    /**
     * @param parameters the checked parameters
     * @param goal the goal, e.g. {@code export}, for the advice of messages
     * @param missingRegionAdvice what else the user may do when no region is set, or empty
     * @return the clients, with what the log may say about them
     */
    Connection connect(AwsParameters parameters, String goal, String missingRegionAdvice) throws MojoFailureException {
        // checked in the plan already: a problem here cannot happen, and is not reported twice
        ConfigurationProblems checkedBefore = new ConfigurationProblems(goal, "nothing was sent");
        Optional<URI> glue = AwsParameters.endpoint("endpointUrl", parameters.endpointUrl(), checkedBefore);
        // the fake of fake-start at that endpoint, when there is one: its region and test credentials are the defaults
        Optional<RunningFake> startedFake = glue.flatMap(FakeRegistry::atEndpoint);
        ClientSettings.Builder builder = ClientSettings.builder()
                .region(
                        AwsParameters.present(parameters.region())
                                ? parameters.region()
                                : startedFake.map(f -> f.server().region()).orElse(null))
                .maxAttempts(parameters.maxAttempts());
        String credentialsSource = credentials(parameters, startedFake, builder);
        Optional<URI> s3 = AwsParameters.endpoint("s3EndpointUrl", parameters.s3EndpointUrl(), checkedBefore)
                .or(() -> glue.filter(AwsClients::isLocal));
        glue.ifPresent(builder::glueEndpoint);
        s3.ifPresent(builder::s3Endpoint);
        try {
            boolean fakesRegion = !AwsParameters.present(parameters.region()) && startedFake.isPresent();
            return new Connection(
                    AwsClients.create(builder.build()),
                    credentialsSource,
                    false,
                    fakesRegion ? "the region of the fake of glue-labels:fake-start" : null);
        } catch (MissingRegionException e) {
            throw new MojoFailureException(e.getMessage() + " With glue-labels:" + goal + ", set <region> in the "
                    + "plugin's configuration or -Dglue-labels.region=eu-west-1 (your transform's region) on the "
                    + "command line" + (missingRegionAdvice.isEmpty() ? "." : "; " + missingRegionAdvice));
        } catch (GlueLabelsException | IllegalArgumentException e) {
            throw new MojoFailureException("Cannot set up the AWS clients: " + Redaction.text(e.getMessage()), e);
        }
    }

    /**
     * Sets the credentials of {@code builder}: those configured, else the test credentials of the fake of
     * {@code fake-start} the goal calls, else the SDK's default chain.
     *
     * @return where they come from, for the log and the receipt
     */
    private String credentials(
            AwsParameters parameters, Optional<RunningFake> startedFake, ClientSettings.Builder builder)
            throws MojoFailureException {
        if (AwsParameters.present(parameters.serverId())) {
            ServerCredentials.Found found =
                    ServerCredentials.lookUp(parameters.serverId().trim(), settings, settingsDecrypter);
            builder.credentials(found.credentials());
            return found.description();
        }
        if (AwsParameters.present(parameters.profile())) {
            String profile = parameters.profile().trim();
            builder.credentials(Credentials.profile(profile));
            return "profile '" + profile + "' of ~/.aws/config and ~/.aws/credentials";
        }
        if (startedFake.isPresent()) {
            FakeGlue account = startedFake.get().account();
            builder.credentials(Credentials.of(account.accessKeyId(), account.secretAccessKey()));
            return FAKE_START_CREDENTIALS;
        }
        return "the AWS SDK's default credentials chain (resolved at the first call: environment, "
                + "AWS_PROFILE or the default profile, container or instance role)";
    }

    /** The advice of the offline refusal of a task-run goal ({@code export}, {@code import}). */
    static String fakeAdvice(String goal) {
        return goal
                + " against a fake: -Dglue-labels.fake=true for the embedded one, or endpointUrl pointing at the fake of "
                + "glue-labels:fake-start";
    }

    /**
     * Offline, a call to AWS would hang or fail slowly on a network that is not there: refuses at once instead.
     *
     * @param offline whether Maven runs offline ({@code -o})
     * @param goal the goal, e.g. {@code import}, named in the message
     * @param s3 whether the goal calls S3 (downloads or uploads)
     * @param advice how else to run the goal without a network, e.g. {@code export from a fake: …}
     */
    static void refuseRemoteCallsWhenOffline(
            boolean offline, String goal, boolean s3, Connection connection, String advice)
            throws MojoFailureException {
        if (!offline) {
            return;
        }
        List<String> remote = new ArrayList<>();
        if (!AwsClients.isLocal(connection.glueEndpoint())) {
            remote.add("AWS Glue at " + connection.glueEndpointDescription());
        }
        if (s3 && connection.s3Endpoint().map(e -> !AwsClients.isLocal(e)).orElse(true)) {
            remote.add("S3 at " + connection.s3EndpointDescription());
        }
        if (!remote.isEmpty()) {
            throw new MojoFailureException("Maven is offline (-o), and this " + goal + " would call "
                    + String.join(" and ", remote)
                    + (remote.size() == 1 ? ", which is not on this machine" : ", neither of which is on this machine")
                    + ": refusing instead of waiting for a network that is not there. "
                    + "Nothing was sent. Run without -o, or " + advice + ".");
        }
    }
}
