package io.github.gluelabels.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gluelabels.core.ExportRequest;
import io.github.gluelabels.core.aws.AwsClients;
import io.github.gluelabels.core.export.LabelExporter;
import io.github.gluelabels.core.validation.DocumentedConstraints;
import io.github.gluelabels.core.validation.InvalidRequestException;
import io.github.gluelabels.fake.FakeGlue;
import io.github.gluelabels.fake.JournalEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import software.amazon.awssdk.thirdparty.jackson.core.JsonFactory;
import software.amazon.awssdk.thirdparty.jackson.core.JsonParser;
import software.amazon.awssdk.thirdparty.jackson.core.JsonToken;

@Label("No invalid value ever reaches the wire")
class NothingInvalidReachesTheWireTest {

    static FakeGlue fake;
    static AwsClients clients;
    static LabelExporter exporter;
    static final List<String> VALID_SENT = new ArrayList<>();

    @BeforeContainer
    static void start() {
        // the journal keeps every call of the 10,000 tries
        fake = FakeGlue.start(io.github.gluelabels.fake.FakeGlueServer.builder().journalCapacity(20_000));
        clients = Fakes.clients(fake, b -> b.maxAttempts(1));
        exporter = LabelExporter.of(clients, io.github.gluelabels.core.export.ExportListener.NONE);
    }

    @AfterContainer
    static void stop() {
        try {
            List<String> transformIdsOnTheWire = fake.journal().entries("StartExportLabelsTaskRun").stream()
                    .map(JournalEntry::input)
                    .map(NothingInvalidReachesTheWireTest::transformId)
                    .toList();
            assertThat(transformIdsOnTheWire)
                    .as("exactly the valid requests were sent, in order")
                    .containsExactlyElementsOf(VALID_SENT);
        } finally {
            clients.close();
            fake.close();
        }
    }

    /**
     * The TransformId of a journaled request body. The journal keeps a body's first 4 KiB only, and a long OutputS3Path
     * can take a body past that: read the JSON as a stream up to the field, which comes first and always fits.
     */
    private static String transformId(String journaledBody) {
        try (JsonParser json = new JsonFactory().createParser(journaledBody)) {
            assertThat(json.nextToken()).isEqualTo(JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("TransformId")) {
                    return json.getText();
                }
                json.skipChildren();
            }
            throw new AssertionError("no TransformId in the journaled body " + journaledBody);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journaled body " + journaledBody, e);
        }
    }

    @Property(tries = 10_000)
    @Label("an export request is sent exactly when both values are valid")
    void onlyValidRequestsAreSent(@ForAll("identifiers") String transformId, @ForAll("s3Paths") String path) {
        boolean valid =
                DocumentedConstraints.isValidHashString(transformId) && DocumentedConstraints.isValidS3Path(path);
        Statistics.collect(valid ? "valid" : "invalid");
        int before = fake.journal().count("StartExportLabelsTaskRun");
        try {
            ExportRequest request = ExportRequest.of(transformId, path);
            VALID_SENT.add(transformId);
            exporter.start(request);
        } catch (InvalidRequestException e) {
            assertThat(valid).as(e.getMessage()).isFalse();
        } catch (RuntimeException e) {
            // the fake has no such transform: what matters is that the request reached it
            assertThat(valid).as("a valid request got past validation").isTrue();
        }
        assertThat(fake.journal().count("StartExportLabelsTaskRun")).isEqualTo(before + (valid ? 1 : 0));
    }

    @Provide
    Arbitrary<String> identifiers() {
        return DocumentedConstraints.identifiers();
    }

    @Provide
    Arbitrary<String> s3Paths() {
        return DocumentedConstraints.s3Paths();
    }
}
