package io.github.gluelabels.maven;

import io.github.gluelabels.core.GlueLabelsException;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.core.aws.MissingRegionException;
import io.github.gluelabels.core.text.Redaction;
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

    private final Settings settings;
    private final SettingsDecrypter settingsDecrypter;

    AwsConnector(Settings settings, SettingsDecrypter settingsDecrypter) {
        this.settings = settings;
        this.settingsDecrypter = settingsDecrypter;
    }

    /**
     * @param parameters the checked parameters
     * @param goal the goal, e.g. {@code export}, for the advice of messages
     * @return the clients, with what the log may say about them
     */
    Connection connect(AwsParameters parameters, String goal) throws MojoFailureException {
        ClientSettings.Builder builder =
                ClientSettings.builder().region(parameters.region()).maxAttempts(parameters.maxAttempts());
        String credentialsSource = credentials(parameters, builder);
        // checked in the plan already: a problem here cannot happen, and is not reported twice
        ConfigurationProblems checkedBefore = new ConfigurationProblems(goal, "nothing was sent");
        Optional<URI> glue = AwsParameters.endpoint("endpointUrl", parameters.endpointUrl(), checkedBefore);
        Optional<URI> s3 = AwsParameters.endpoint("s3EndpointUrl", parameters.s3EndpointUrl(), checkedBefore)
                .or(() -> glue.filter(AwsClients::isLocal));
        glue.ifPresent(builder::glueEndpoint);
        s3.ifPresent(builder::s3Endpoint);
        try {
            return new Connection(AwsClients.create(builder.build()), credentialsSource, false);
        } catch (MissingRegionException e) {
            throw new MojoFailureException(e.getMessage() + " With glue-labels:" + goal + ", set <region> in the "
                    + "plugin's configuration or -Dglue-labels.region=eu-west-1 (your transform's region) on the "
                    + "command line.");
        } catch (GlueLabelsException | IllegalArgumentException e) {
            throw new MojoFailureException("Cannot set up the AWS clients: " + Redaction.text(e.getMessage()), e);
        }
    }

    /** Sets the credentials of {@code builder}; returns where they come from, for the log and the receipt. */
    private String credentials(AwsParameters parameters, ClientSettings.Builder builder) throws MojoFailureException {
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
        return "the AWS SDK's default credentials chain (resolved at the first call: environment, "
                + "AWS_PROFILE or the default profile, container or instance role)";
    }

    /**
     * Offline, a call to AWS would hang or fail slowly on a network that is not there: refuses at once instead.
     *
     * @param offline whether Maven runs offline ({@code -o})
     * @param download whether the goal downloads from S3
     */
    static void refuseRemoteCallsWhenOffline(boolean offline, boolean download, Connection connection)
            throws MojoFailureException {
        if (!offline) {
            return;
        }
        List<String> remote = new ArrayList<>();
        if (!AwsClients.isLocal(connection.glueEndpoint())) {
            remote.add("AWS Glue at " + connection.glueEndpointDescription());
        }
        if (download && connection.s3Endpoint().map(e -> !AwsClients.isLocal(e)).orElse(true)) {
            remote.add("S3 at " + connection.s3EndpointDescription());
        }
        if (!remote.isEmpty()) {
            throw new MojoFailureException("Maven is offline (-o), and this export would call "
                    + String.join(" and ", remote)
                    + (remote.size() == 1 ? ", which is not on this machine" : ", neither of which is on this machine")
                    + ": refusing instead of waiting for a network that is not there. "
                    + "Nothing was sent. Run without -o, or export from a fake: -Dglue-labels.fake=true for the embedded "
                    + "one, or endpointUrl pointing at the fake of glue-labels:fake-start.");
        }
    }
}
