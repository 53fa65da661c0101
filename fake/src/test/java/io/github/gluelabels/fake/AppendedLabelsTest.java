package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.glue.GlueClient;
import software.amazon.awssdk.services.glue.model.GetMlTaskRunResponse;
import software.amazon.awssdk.services.glue.model.TaskStatusType;

/**
 * How an import that adds labels joins them to the transform's: the labels kept byte for byte, a line break in the
 * header's style put between when the transform's labels do not end with one, and none when they do (a lone CR
 * included); characters of every UTF-8 length kept, their byte lengths counted right at the edges. Pins mutants of
 * {@code LabelSet} that survived issue 17's pass (see docs/RELIABILITY.md).
 */
@DisplayName("StartImportLabelsTaskRun adding labels: how they are joined")
class AppendedLabelsTest {

    static final String MORE = "labeling_set_id,label,name\ns2,A,y\ns2,B,z\n";

    @RegisterExtension
    static final ServerPerClass server = ServerPerClass.withDefaults();

    FakeGlue fake;
    GlueClient glue;

    @BeforeEach
    void newAccount() {
        fake = server.newAccount();
        glue = Clients.glue(fake);
        fake.createBucket("bucket");
        fake.putObject("bucket", "in/more.csv", MORE.getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void forgetAccount() {
        glue.close();
        fake.close();
    }

    private GetMlTaskRunResponse addFrom(String path) {
        String runId = glue.startImportLabelsTaskRun(
                        r -> r.transformId("tfm-1").inputS3Path(path).replaceAllLabels(false))
                .taskRunId();
        return glue.getMLTaskRun(r -> r.transformId("tfm-1").taskRunId(runId));
    }

    private String labels() {
        return new String(fake.labels("tfm-1").orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void putsANewlineAfterLabelsThatEndWithoutALineBreak() {
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x");

        assertThat(addFrom("s3://bucket/in/more.csv").status()).isEqualTo(TaskStatusType.SUCCEEDED);

        assertThat(labels()).isEqualTo("labeling_set_id,label,name\ns1,A,x\ns2,A,y\ns2,B,z\n");
        assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                .isEqualTo(3);
    }

    @Test
    void putsACrLfAfterLabelsWhoseHeaderEndsWithCrLf() {
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\r\ns1,A,x");

        assertThat(addFrom("s3://bucket/in/more.csv").status()).isEqualTo(TaskStatusType.SUCCEEDED);

        assertThat(labels()).isEqualTo("labeling_set_id,label,name\r\ns1,A,x\r\ns2,A,y\ns2,B,z\n");
    }

    @Test
    void putsNothingAfterLabelsEndingWithALoneCr() {
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\rs1,A,x\r");

        assertThat(addFrom("s3://bucket/in/more.csv").status()).isEqualTo(TaskStatusType.SUCCEEDED);

        assertThat(labels()).isEqualTo("labeling_set_id,label,name\rs1,A,x\rs2,A,y\ns2,B,z\n");
        assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                .isEqualTo(3);
    }

    @Test
    void putsANewlineAfterAHeaderWithoutLabelsOrLineBreak() {
        fake.seedLabels("tfm-1", "labeling_set_id,label,name");

        GetMlTaskRunResponse run = addFrom("s3://bucket/in/more.csv");

        assertThat(run.errorString()).isNull();
        assertThat(labels()).isEqualTo(MORE);
        assertThat(glue.getMLTransform(r -> r.transformId("tfm-1")).labelCount())
                .isEqualTo(2);
    }

    @Test
    void joinsTheFilesOfAFolderWhoseFirstIsAHeaderWithoutLineBreak() {
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\n");
        fake.putObject("bucket", "two/a.csv", "labeling_set_id,label,name".getBytes(StandardCharsets.UTF_8));
        fake.putObject("bucket", "two/b.csv", MORE.getBytes(StandardCharsets.UTF_8));

        GetMlTaskRunResponse run = addFrom("s3://bucket/two");

        assertThat(run.errorString()).isNull();
        assertThat(labels()).isEqualTo("labeling_set_id,label,name\ns1,A,x\ns2,A,y\ns2,B,z\n");
    }

    @Test
    void putsNothingAfterLabelsEndingWithCrLf() {
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\r\ns1,A,x\r\n");

        assertThat(addFrom("s3://bucket/in/more.csv").status()).isEqualTo(TaskStatusType.SUCCEEDED);

        assertThat(labels()).isEqualTo("labeling_set_id,label,name\r\ns1,A,x\r\ns2,A,y\ns2,B,z\n");
    }

    @Test
    void keepsCharactersAtTheEdgesOfEachUtf8Length() {
        // U+007F is 1 byte, U+0080 and U+07FF 2, U+0800 and U+FFFF... 3 (U+FFFD here), U+10000 4
        String odd = "labeling_set_id,label,name\ns3,A,\u007F\u0080\u07FF\u0800\uFFFD\uD800\uDC00\u0800\n";
        fake.seedLabels("tfm-1", "labeling_set_id,label,name\ns1,A,x\n");
        fake.putObject("bucket", "in/odd.csv", odd.getBytes(StandardCharsets.UTF_8));

        GetMlTaskRunResponse run = addFrom("s3://bucket/in/odd.csv");

        assertThat(run.errorString()).isNull();
        assertThat(run.status()).isEqualTo(TaskStatusType.SUCCEEDED);
        assertThat(labels())
                .isEqualTo(
                        "labeling_set_id,label,name\ns1,A,x\ns3,A,\u007F\u0080\u07FF\u0800\uFFFD\uD800\uDC00\u0800\n");
    }
}
