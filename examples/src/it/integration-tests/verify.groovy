// fake-start, then the job's integration tests as processes and the AWS CLI script against the same fake, then
// fake-stop; all green.
def log = new File(basedir, 'build.log').getText('UTF-8')
def endpoint = (log =~ /Fake Glue \+ S3 listening on (http:\/\/127\.0\.0\.1:\d+) \(region us-east-1\)/)
assert endpoint.find()
assert log.contains('Seeded: tfm-customers (8 labels from src/test/resources/labels/customers.csv); buckets: label-exports')
assert log =~ /Tests run: 5, Failures: 0, Errors: 0, Skipped: 0\s/ : 'the five integration tests ran and passed'

def awsCli = log.contains('TaskRunId tsk-') && log.contains('Labels downloaded to ')
def skipped = log.contains('SKIPPED: the AWS CLI (aws) is not installed')
assert awsCli || skipped : 'the AWS CLI script ran, or said why not'
if (awsCli) {
  assert log =~ /(?m)^AWS CLI: aws-cli\//
  assert log =~ /(?m)^TaskRunId tsk-[0-9a-f]{32}$/
  assert log =~ /(?m)^Status SUCCEEDED$/
  def parts = new File(basedir, 'target/aws-cli-labels').listFiles().findAll { it.name.startsWith('part-') }
  assert parts.size() == 1
  assert parts[0].bytes == new File(basedir, 'src/test/resources/labels/customers.csv').bytes
} else {
  println "integration-tests: ${log.readLines().find { it.startsWith('SKIPPED:') }}"
}

// the order of the phases: the fake is up for the tests and the script, and stopped before failsafe's verdict
def order = ['glue-labels:' + glueLabelsVersion() + ':fake-start', 'failsafe:', 'exec:', 'glue-labels:' +
    glueLabelsVersion() + ':fake-stop', 'failsafe:3.5.4:verify']
def positions = order.collect { log.indexOf(it) }
assert positions.every { it >= 0 } && positions == positions.sort(false) : "phases in order: ${positions}"
assert log =~ /Stopped the fake Glue \+ S3 at http:\/\/127\.0\.0\.1:\d+; it answered \d+ calls/
assert log.contains('BUILD SUCCESS')
return true

def glueLabelsVersion() {
  def m = (new File(basedir, 'build.log').getText('UTF-8') =~ /glue-labels:([^:\s]+):fake-start/)
  assert m.find()
  return m.group(1)
}
