package io.github.gluelabels.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gluelabels.fake.BehaviourForms.FaultSetting;
import io.github.gluelabels.fake.BehaviourForms.OutcomeSetting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The standalone fake's --pacing, --outcome, --fault and --journal")
class BehaviourOptionsTest {

    @TempDir
    static Path folder;

    private static MainArguments parse(String... args) throws MainArguments.UsageException {
        return MainArguments.parse(List.of(args));
    }

    @Test
    void withoutThemTheFakeKeepsItsDefaults() throws Exception {
        MainArguments arguments = parse();

        assertThat(arguments.pacing).isNull();
        assertThat(arguments.outcomes).isEmpty();
        assertThat(arguments.faults).isEmpty();
        assertThat(arguments.journal).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      immediate      | Immediate[]
      manual         | Manual[]
      reads:3        | AfterReads[reads=3]
      READS:1        | AfterReads[reads=1]
      duration:5s    | AfterDuration[duration=PT5S]
      1500ms         | AfterDuration[duration=PT1.5S]
      duration:1h    | AfterDuration[duration=PT1H]
      1h30m          | AfterDuration[duration=PT1H30M]
      1d             | AfterDuration[duration=PT24H]
      duration:PT2M  | AfterDuration[duration=PT2M]
      """)
    void pacingTakesTheFormsOfTheGoalsAndADurationAlone(String value, String pacing) throws Exception {
        assertThat(parse("--pacing", value).pacing).hasToString(pacing);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
      succeed               | null  | Succeed[]
      SUCCEEDED             | null  | Succeed[]
      timeout               | null  | Timeout[]
      stopped               | null  | Stopped[]
      STOPPED               | null  | Stopped[]
      tfm-x=stopped         | tfm-x | Stopped[]
      FAILED                | null  | Fail[errorString=The glue-labels fake was told to fail this run.]
      fail:Out of memory    | null  | Fail[errorString=Out of memory]
      fail:a=b              | null  | Fail[errorString=a=b]
      tfm-x=TIMEOUT         | tfm-x | Timeout[]
      tfm-x=fail:disk full  | tfm-x | Fail[errorString=disk full]
      """)
    void outcomeIsForEveryTransformOrForOne(String value, String transformId, String outcome) throws Exception {
        OutcomeSetting setting = parse("--outcome", value).outcomes.get(0);

        assertThat(setting.transformId()).isEqualTo(transformId.equals("null") ? null : transformId);
        assertThat(setting.outcome()).hasToString(outcome);
    }

    @Test
    void outcomeRepeatsOncePerTransform() throws Exception {
        assertThat(parse("--outcome", "timeout", "--outcome", "tfm-a=fail", "--outcome", "tfm-b=succeed").outcomes)
                .extracting(OutcomeSetting::transformId)
                .containsExactly(null, "tfm-a", "tfm-b");
    }

    @Test
    void faultsNameTheOperationTheKindAndHowManyCalls() throws Exception {
        List<FaultSetting> faults = parse(
                        "--fault", "GetMLTaskRun=throttling:2",
                        "--fault", "*=500",
                        "--fault", "GetObject=cut-short-100:1",
                        "--fault", "StartExportLabelsTaskRun=slow-2s",
                        "--fault", "PutObject=connection-reset",
                        "--fault", "GetMLTransform=operation-timeout")
                .faults;

        assertThat(faults)
                .extracting(FaultSetting::operation)
                .containsExactly(
                        "GetMLTaskRun", "*", "GetObject", "StartExportLabelsTaskRun", "PutObject", "GetMLTransform");
        assertThat(faults).extracting(FaultSetting::times).containsExactly(2, 0, 1, 0, 0, 0);
        assertThat(faults)
                .extracting(FaultSetting::fault)
                .containsExactly(
                        Fault.throttling(),
                        Fault.internalServiceError(),
                        Fault.cutShort(100),
                        Fault.delay(Duration.ofSeconds(2)),
                        Fault.dropConnection(),
                        Fault.operationTimeout());
    }

    @Test
    void journalIsAFileInAFolderThatExists() throws Exception {
        assertThat(parse("--journal", folder.resolve("calls.jsonl").toString()).journal)
                .isEqualTo(folder.resolve("calls.jsonl").toAbsolutePath());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
      --pacing reads:0              | --pacing "reads:0" is not immediate, manual, reads:<n> (n >= 1), duration:<duration> or a duration alone (a duration such as 500ms, 30s, 2m, 1h30m, 1d or PT2M), e.g. reads:3 or 5s
      --pacing soon                 | --pacing "soon" is not immediate, manual
      --pacing reads:1 --pacing 5s  | --pacing is given twice
      --outcome CANCELLED           | --outcome "CANCELLED" is not succeed, fail, fail:<error string>, timeout or stopped (or the status: SUCCEEDED, FAILED, TIMEOUT, STOPPED), for one transform after TRANSFORM_ID=, e.g. tfm-1=timeout
      --outcome fail:               | --outcome "fail:" is not succeed, fail
      --outcome =timeout            | --outcome "=timeout": TransformId must not be empty
      --outcome tfm-1=later         | --outcome "tfm-1=later" is not succeed
      --outcome fail --outcome timeout | --outcome "timeout": the outcome of every transform is given twice
      --outcome t=fail --outcome t=timeout | --outcome "t=timeout": the outcome of transform "t" is given twice
      --fault throttling            | --fault "throttling" is not OPERATION=KIND[:N], OPERATION an operation name such as GetMLTaskRun or GetObject (* for every one), KIND one of throttling
      --fault getmltaskrun=throttling | --fault "getmltaskrun=throttling": "getmltaskrun" is not an operation the fake answers; they are AbortMultipartUpload, CancelMLTaskRun, CompleteMultipartUpload, CopyObject, CreateBucket, CreateMLTransform, CreateMultipartUpload, DeleteBucket, DeleteMLTransform, DeleteObject, DeleteObjects, GetBucketLocation, GetMLTaskRun, GetMLTaskRuns, GetMLTransform, GetMLTransforms, GetObject, HeadBucket, HeadObject, ListBuckets, ListMLTransforms, ListObjects, ListObjectsV2, PutObject, StartExportLabelsTaskRun, StartImportLabelsTaskRun, StartMLEvaluationTaskRun, StartMLLabelingSetGenerationTaskRun, UpdateMLTransform, UploadPart (or * for every one)
      --fault GetObject=explode     | --fault "GetObject=explode": "explode" is not one of throttling, internal-error (or 500), operation-timeout, connection-reset, slow-<duration> (e.g. slow-5s), cut-short-<bytes> (GetObject, e.g. cut-short-100)
      --fault GetObject=throttling:0 | --fault "GetObject=throttling:0": the number of calls 0 is not from 1 to 2147483647 (leave out :N for every call)
      --fault GetObject=slow-0s     | --fault "GetObject=slow-0s": "slow-0s" is not one of
      --fault GetObject=slow-fast   | --fault "GetObject=slow-fast": "slow-fast" is not one of
      --journal /no/such/folder/j.jsonl | --journal "/no/such/folder/j.jsonl": there is no folder /no/such/folder to write it in
      """)
    void badValueIsNamedWithTheRuleAndTheValueSeen(String commandLine, String message) {
        assertThatThrownBy(() -> parse(commandLine.split(" ")))
                .isInstanceOf(MainArguments.UsageException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void journalThatIsAFolderIsRefused() {
        assertThatThrownBy(() -> parse("--journal", folder.toString()))
                .isInstanceOf(MainArguments.UsageException.class)
                .hasMessage("--journal " + io.github.gluelabels.core.validation.Values.describe(folder.toString())
                        + " is not a file name but a folder: give the file to write the journal to");
    }

    @Test
    void everyProblemOfTheCommandLineIsReportedAtOnce() {
        assertThatThrownBy(() -> parse(
                        "--pacing",
                        "reads:0",
                        "--port",
                        "99999",
                        "--verbose",
                        "yes",
                        "--fault",
                        "x",
                        "--outcome",
                        "maybe",
                        "--region"))
                .isInstanceOf(MainArguments.UsageException.class)
                .hasMessageStartingWith("--pacing \"reads:0\" is not ")
                .hasMessageContaining("; --port \"99999\" is not a port number from 0 to 65535")
                .hasMessageContaining("; unknown option \"--verbose\"; --fault \"x\" is not OPERATION=KIND[:N]")
                .hasMessageContaining("; --outcome \"maybe\" is not succeed")
                .hasMessageEndingWith("; --region needs a value");
    }

    @Test
    void helpDescribesTheNewOptionsAndTheControlApi() {
        assertThat(MainArguments.USAGE)
                .contains("--pacing PACING", "--outcome OUTCOME", "--fault OPERATION=KIND[:N]", "--journal FILE")
                .contains("/__glue-labels/");
    }
}
