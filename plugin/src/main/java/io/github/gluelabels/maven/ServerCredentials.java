package io.github.gluelabels.maven;

import io.github.gluelabels.core.aws.Credentials;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * AWS credentials from a {@code <server>} of Maven's {@code settings.xml}: the username is the access key id, the
 * password the secret key (encrypted with {@code mvn --encrypt-password} or not), and an optional
 * {@code <configuration><sessionToken>} the session token of temporary credentials. Neither the secret key nor the
 * token is ever put in a message.
 */
final class ServerCredentials {

    private ServerCredentials() {}

    /**
     * A found server's credentials, with a description that shows no secret.
     *
     * @param credentials the credentials
     * @param description e.g. {@code settings.xml server 'aws-labels' (access key id AKIA…WXYZ)}
     */
    record Found(Credentials credentials, String description) {}

    /**
     * @param serverId the server's id
     * @param settings the build's settings
     * @param decrypter Maven's decrypter
     * @return the credentials
     * @throws MojoFailureException naming the server when it is missing, incomplete or cannot be decrypted
     */
    static Found lookUp(String serverId, Settings settings, SettingsDecrypter decrypter) throws MojoFailureException {
        Server server = settings.getServer(serverId);
        if (server == null) {
            List<String> known =
                    settings.getServers().stream().map(Server::getId).toList();
            throw new MojoFailureException("serverId '" + serverId
                    + "' is not in settings.xml: no <server> in <servers> "
                    + "has <id>" + serverId + "</id> ("
                    + (known.isEmpty() ? "there is no server at all" : "the servers are " + String.join(", ", known))
                    + "). Add one to ~/.m2/settings.xml with the access "
                    + "key id as <username> and the secret key as <password> (encrypt it with mvn --encrypt-password), or "
                    + "set serverId (glue-labels.serverId) to one of the servers there.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        List<SettingsProblem> errors = result.getProblems().stream()
                .filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING)
                .toList();
        if (!errors.isEmpty()) {
            throw new MojoFailureException("Cannot decrypt the password of server '" + serverId + "' in settings.xml: "
                    + errors.stream().map(SettingsProblem::getMessage).collect(Collectors.joining("; "))
                    + ". Check ~/.m2/settings-security.xml (the master password), or encrypt the password again with "
                    + "mvn --encrypt-password.");
        }
        Server decrypted = result.getServer();
        String accessKeyId = trimmed(decrypted.getUsername());
        String secretKey = trimmed(decrypted.getPassword());
        if (accessKeyId == null || secretKey == null) {
            throw new MojoFailureException("Server '" + serverId + "' in settings.xml has no "
                    + (accessKeyId == null && secretKey == null
                            ? "<username> and no <password>"
                            : accessKeyId == null ? "<username>" : "<password>")
                    + ": glue-labels takes the AWS access key id from <username> and the secret key from <password>.");
        }
        String sessionToken = sessionToken(decrypted.getConfiguration());
        return new Found(
                Credentials.of(accessKeyId, secretKey, sessionToken),
                "settings.xml server '" + serverId + "' (access key id " + mask(accessKeyId)
                        + (sessionToken == null ? "" : ", with a session token") + ")");
    }

    private static String sessionToken(Object configuration) {
        if (configuration instanceof Xpp3Dom dom && dom.getChild("sessionToken") != null) {
            return trimmed(dom.getChild("sessionToken").getValue());
        }
        return null;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Shows enough of an access key id to tell keys apart: {@code AKIA…WXYZ}. */
    static String mask(String accessKeyId) {
        return accessKeyId.length() <= 8
                ? "…"
                : accessKeyId.substring(0, 4) + "…" + accessKeyId.substring(accessKeyId.length() - 4);
    }
}
