package io.github.gluelabels.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.fake.FakeDefaults;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

@DisplayName("Injectable kinds: each made once per account, of its type; closed with the clients, not the account")
class InjectableTest {

    private ServerResource server;
    private AccountResource account;

    @BeforeEach
    void startServer() {
        server = ServerResource.start(
                new Settings.ServerSettings(FakeDefaults.REGION, FakeDefaults.ROWS_PER_PART, Transport.IN_PROCESS));
        account = server.acquire();
    }

    @AfterEach
    void stopServer() {
        Closeables.closeAll(List.of(account, server));
    }

    @ParameterizedTest
    @EnumSource(Injectable.class)
    void eachKindIsMadeOncePerAccountAsAnInstanceOfItsType(Injectable kind) {
        Object first = account.injected(kind);

        assertThat(first).isInstanceOf(kind.type());
        assertThat(account.injected(kind)).isSameAs(first);
        assertThat(Injectable.of(kind.type())).isSameAs(kind);
    }

    @Test
    void typesThatAreNotOursAreLeftToOtherResolvers() {
        assertThat(Injectable.of(String.class)).isNull();
        assertThat(Injectable.of(Object.class)).isNull();
    }

    @Test
    void closingWhatWasInjectedKeepsTheAccount() {
        account.fake().createBucket("kept-bucket");
        for (Injectable kind : Injectable.values()) {
            account.injected(kind);
        }
        Object before = account.injected(Injectable.S3_CLIENT);

        account.closeInjected();

        S3Client after = account.injected(S3Client.class);
        assertThat(after).isNotSameAs(before);
        assertThat(after.listBuckets().buckets()).extracting(Bucket::name).containsExactly("kept-bucket");
    }
}
