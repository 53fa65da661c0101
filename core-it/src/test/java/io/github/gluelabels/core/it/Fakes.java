package io.github.gluelabels.core.it;

import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.aws.ClientSettings;
import io.github.gluelabels.core.aws.Credentials;
import io.github.gluelabels.fake.FakeGlue;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** Real AWS SDK clients, built by {@link AwsClients}, pointed at one account of the fake. */
final class Fakes {

    private Fakes() {}

    /**
     * Settings that reach the account: its region, its static key pair, the fake's endpoints, and timeouts short
     * enough that a test never hangs.
     */
    static ClientSettings.Builder settings(FakeGlue fake) {
        return ClientSettings.builder()
                .region(fake.region())
                .credentials(Credentials.of(fake.accessKeyId(), fake.secretAccessKey()))
                .glueEndpoint(fake.glueEndpoint())
                .s3Endpoint(fake.s3Endpoint())
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(5));
    }

    static AwsClients clients(FakeGlue fake) {
        return AwsClients.create(settings(fake).build());
    }

    static AwsClients clients(FakeGlue fake, UnaryOperator<ClientSettings.Builder> tweak) {
        return AwsClients.create(tweak.apply(settings(fake)).build());
    }
}
