import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runId = (log =~ /TaskRunId (tsk-[0-9a-f]+)/)
assert runId.find()
def taskRunId = runId.group(1)
assert log =~ /Gave up waiting after 2(\.\d)? s: task run ${taskRunId} of transform tfm-0123456789abcdef is still STARTING\./
// the embedded fake ends with the goal, and the run with it: no command to check a run that is gone
assert log.contains('The fake it ran on ends with the export, and the run with it: wait longer (raise the timeout), '
    + "or make the fake's runs faster.")
assert !log.contains('aws glue')
assert log.contains('BUILD FAILURE')

def journal = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines().findAll { !it.startsWith('#') }
assert journal.count { it.startsWith('GetMLTaskRun') } >= 3 : 'it polled'
assert journal.count { it.startsWith('CancelMLTaskRun') } == 0 : 'not cancelled'

def receipt = new JsonSlurper().parse(new File(basedir,
    "target/glue-labels/receipts/tfm-0123456789abcdef-${taskRunId}.json"))
assert receipt.status == 'STARTING'
assert receipt.failure.startsWith('Gave up waiting')
return true
