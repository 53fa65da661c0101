import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runId = (log =~ /TaskRunId (tsk-[0-9a-f]+)/)
assert runId.find()
assert log.contains("Task run ${runId.group(1)} started; not waiting for it (wait = false). Follow it with: aws glue "
    + "get-ml-task-run --region us-east-1 --transform-id tfm-0123456789abcdef --task-run-id ${runId.group(1)}")
assert !log.contains('Status ')
assert !log.contains('Labels downloaded')
assert log.contains('echo status=STARTED')
assert !new File(basedir, 'target/glue-labels/tfm-0123456789abcdef').exists()
def receipt = new JsonSlurper().parse(new File(basedir,
    "target/glue-labels/receipts/tfm-0123456789abcdef-${runId.group(1)}.json"))
assert receipt.status == 'STARTED'
def journal = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines().findAll { !it.startsWith('#') }
assert journal*.split('\t')*.getAt(0) == ['StartExportLabelsTaskRun']
return true
