import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runId = (log =~ /TaskRunId (tsk-[0-9a-f]+)/)
assert runId.find()
def taskRunId = runId.group(1)
assert log.contains('Status STARTING')
assert log =~ /Status FAILED after/
assert log.contains("Task run ${taskRunId} of transform tfm-0123456789abcdef ended FAILED: The S3 path "
    + "s3://labels-bucket/exports/ is not writable by the transform's role.")
assert log.contains('BUILD FAILURE')
assert !log.contains('Labels downloaded')

def receipt = new JsonSlurper().parse(new File(basedir,
    "target/glue-labels/receipts/tfm-0123456789abcdef-${taskRunId}.json"))
assert receipt.status == 'FAILED'
assert receipt.succeeded == false
assert receipt.errorString == "The S3 path s3://labels-bucket/exports/ is not writable by the transform's role."
assert receipt.failure.contains('ended FAILED')
return true
