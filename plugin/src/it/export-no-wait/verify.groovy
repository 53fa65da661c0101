import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runId = (log =~ /TaskRunId (tsk-[0-9a-f]+)/)
assert runId.find()
// the embedded fake stops with the goal: no command to follow a run that is gone
assert log.contains("Task run ${runId.group(1)} started; not waiting for it (wait = false). The embedded fake stops "
    + "with this goal, and the run with it: nothing is left to follow.")
assert !log.contains('aws glue')
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
