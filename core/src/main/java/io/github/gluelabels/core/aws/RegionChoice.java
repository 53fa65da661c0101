package io.github.gluelabels.core.aws;

import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.profiles.ProfileFileLocation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

/**
 * The region the clients call, and where it came from: set explicitly; else the region of the settings' profile; else
 * the AWS SDK's region chain ({@code aws.region}, {@code AWS_REGION}, the default profile) — but never the region of a
 * profile other than the settings' one. Never a guess: no region anywhere is a {@link MissingRegionException}.
 *
 * @param region the region
 * @param source where it came from, e.g. {@code from profile 'labels'}
 */
record RegionChoice(Region region, String source) {

    /**
     * @throws MissingRegionException when no region is set anywhere
     */
    static RegionChoice of(ClientSettings settings) {
        if (settings.region() != null) {
            return new RegionChoice(Region.of(settings.region()), "set explicitly");
        }
        String profile = null;
        var chain = DefaultAwsRegionProviderChain.builder();
        if (settings.credentials() instanceof Credentials.Profile p) {
            profile = p.name();
            Optional<String> fromProfile =
                    ProfileFile.defaultProfileFile().profile(profile).flatMap(section -> section.property("region"));
            if (fromProfile.isPresent()) {
                return new RegionChoice(Region.of(fromProfile.get()), "from profile '" + profile + "'");
            }
            // the rest of the chain (aws.region, AWS_REGION), but never the region of another profile
            chain.profileName(profile);
        }
        try {
            return new RegionChoice(chain.build().getRegion(), "from the AWS SDK's region chain");
        } catch (SdkClientException e) {
            throw new MissingRegionException(profile, ProfileFileLocation.configurationFilePath());
        }
    }
}
