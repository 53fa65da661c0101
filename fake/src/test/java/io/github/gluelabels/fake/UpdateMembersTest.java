package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;

/**
 * {@code UpdateMLTransform} sent by hand: the model's request has no {@code InputRecordTables},
 * {@code TransformEncryption} or {@code Tags}, so a client built from it never sends them; the fake neither checks
 * nor applies them when a hand-made request does.
 */
@DisplayName("UpdateMLTransform and the members its model does not have")
class UpdateMembersTest {

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    @Test
    @DisplayName("members the update does not model are neither checked nor applied; the modelled ones are")
    void membersTheUpdateDoesNotModelAreIgnored() throws Exception {
        String id = glue.createMLTransform(r -> r.name("people")
                        .role("GlueServiceRole")
                        .inputRecordTables(software.amazon.awssdk.services.glue.model.GlueTable.builder()
                                .databaseName("crm")
                                .tableName("people")
                                .build())
                        .parameters(p -> p.transformType("FIND_MATCHES"))
                        .tags(java.util.Map.of("team", "crm")))
                .transformId();
        String body = "{\"TransformId\": \"" + id + "\", \"Name\": \"people-v2\", \"Tags\": {\"\": \"x\"},"
                + " \"InputRecordTables\": [{\"DatabaseName\": \"\"}], \"TransformEncryption\": {}}";

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fake.glueEndpoint() + "/"))
                                .header("X-Amz-Target", "AWSGlue.UpdateMLTransform")
                                .header("Content-Type", "application/x-amz-json-1.1")
                                .header(
                                        "Authorization",
                                        "AWS4-HMAC-SHA256 Credential=" + fake.accessKeyId()
                                                + "/20261206/us-east-1/glue/aws4_request, SignedHeaders=host,"
                                                + " Signature=00")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(glue.getMLTransform(r -> r.transformId(id)).name()).isEqualTo("people-v2");
        assertThat(glue.listMLTransforms(r -> r.tags(java.util.Map.of("team", "crm")))
                        .transformIds())
                .containsExactly(id);
    }
}
