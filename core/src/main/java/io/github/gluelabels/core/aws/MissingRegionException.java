package io.github.gluelabels.core.aws;

import io.github.gluelabels.core.GlueLabelsException;
import java.nio.file.Path;
import software.amazon.awssdk.profiles.ProfileFileSystemSetting;

/**
 * No region was set and the SDK's region chain found none: glue-labels never guesses a region.
 *
 * @since 0.1.0
 */
public class MissingRegionException extends GlueLabelsException {

    private static final long serialVersionUID = 1L;

    /**
     * @param profile the profile named in the settings, or {@code null} for the SDK's default chain
     * @param configFile the shared config file the SDK read
     */
    MissingRegionException(String profile, Path configFile) {
        super(message(profile, configFile));
    }

    private static String message(String profile, Path configFile) {
        String name = profile != null
                ? profile
                : ProfileFileSystemSetting.AWS_PROFILE.getStringValue().orElse("default");
        String section = name.equals("default") ? "[default]" : "[profile " + name + "]";
        return "No AWS region is set (not explicitly, not in the aws.region system property or the AWS_REGION "
                + "environment variable, and "
                + (profile != null ? "profile '" + profile + "' has none" : "not in " + section) + " in " + configFile
                + "). glue-labels does not guess one, because a transform lives in exactly "
                + "one region. Set it explicitly, or set the AWS_REGION environment variable, or add 'region = eu-west-1' "
                + "(your region) to " + section + " in " + configFile + ".";
    }
}
