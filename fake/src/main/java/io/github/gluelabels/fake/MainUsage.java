package io.github.gluelabels.fake;

/** What {@code --help} prints: the standalone fake's options, each with its forms and default. */
final class MainUsage {

    static final String TEXT = """
      Usage: java -jar glue-labels-fake-<version>-standalone.jar [options]

      Serves a fake AWS Glue (ML task runs) and S3 on one HTTP endpoint until stopped (Ctrl-C or SIGTERM).
      When it listens it prints the endpoint, the credentials and region to use, and last the line
      "glue-labels fake ready".

      Options:
        --port N                      port to listen on; 0 (the default) picks a free one
        --bind ADDRESS                address to listen on: 127.0.0.1 (the default), 0.0.0.0, ::1, localhost, ...
        --seed TRANSFORM_ID=FILE      create a transform whose labels are the labeling file FILE (UTF-8 CSV with the
                                      header labeling_set_id,label,...); repeat for more transforms
        --records TRANSFORM_ID=FILE   give a transform the records of its input table (UTF-8 CSV, a header of column
                                      names): labeling set generations draw from them; repeat for more transforms
        --max-concurrent-task-runs-per-transform N
                                      task runs of one transform that may go at once (default 3, Glue's quota)
        --bucket NAME                 create an S3 bucket; repeat for more buckets
        --region REGION               region of the transforms and buckets (default %s)
        --rows-per-part N             most labels in one exported file (default: no limit, one file per export)
        --pacing PACING               how task runs move from STARTING through RUNNING to their end: immediate (the
                                      default: ended at the first read), reads:N (STARTING at the first status read,
                                      RUNNING until the N-th, ended from it), duration:D or D alone (ended after D,
                                      e.g. 5s, 1h30m, PT2M), manual (moved only through the control API)
        --outcome OUTCOME             how task runs end: succeed (the default), fail, fail:ERROR_STRING, timeout,
                                      stopped (or SUCCEEDED, FAILED, TIMEOUT, STOPPED); TRANSFORM_ID=OUTCOME for the
                                      runs of one transform; repeat for more transforms
        --fault OPERATION=KIND[:N]    make the next N calls of OPERATION (every call without :N; * for every operation)
                                      misbehave; KIND: throttling, internal-error (or 500), operation-timeout,
                                      connection-reset, slow-DURATION, cut-short-BYTES (GetObject); repeat for more
        --journal FILE                write every call the fake answers to FILE as it answers it, one JSON object a
                                      line (time, requestId, service, operation, input, status, errorCode); FILE is
                                      replaced at start
        --max-upload SIZE             largest body of one S3 request, e.g. 64MiB (default 64MiB, or a quarter of the
                                      heap when that is less); larger objects go as multipart uploads
        --body-budget SIZE            most bytes all request bodies in flight hold together (default 256MiB, or half
                                      the heap when that is less); past it, requests get 503 SlowDown
        --body-timeout DURATION       longest time a request body may take to arrive whole, e.g. 30s (default 60s)
        -h, --help                    print this help and exit

      Control API: the same port answers %s... (pacing, outcome, faults, labels, records,
      evaluation metrics, quota, task runs, journal, reset); see the fake's README.

      Any access key and secret reach the same fake account; signatures are not checked. It listens on loopback
      unless --bind says otherwise; with any other address it warns: the fake is reachable without credentials.
      Exit status: 0 after --help or when stopped, 1 when it cannot start, 2 for a bad argument.
      """.formatted(FakeDefaults.REGION, ControlApi.PREFIX);

    private MainUsage() {}
}
