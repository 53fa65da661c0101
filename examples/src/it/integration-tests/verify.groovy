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
  // the script's output, as Maven shows it: as is (Maven 3), or after "[INFO] [stdout] " (Maven 4)
  assert log =~ /(?m)^(\[INFO\] \[stdout\] )?AWS CLI: aws-cli\//
  assert log =~ /(?m)^(\[INFO\] \[stdout\] )?TaskRunId tsk-[0-9a-f]{32}$/
  assert log =~ /(?m)^(\[INFO\] \[stdout\] )?Status SUCCEEDED$/
  def parts = new File(basedir, 'target/aws-cli-labels').listFiles().findAll { it.name.startsWith('tfm-customers_labels_') && it.name.endsWith('.csv') }
  assert parts.size() == 1
  assert parts[0].bytes == new File(basedir, 'src/test/resources/labels/customers.csv').bytes
} else {
  println "integration-tests: ${log.readLines().find { it.contains('SKIPPED:') }}"
}

// the order of the phases: the fake is up for the tests and the script, and stopped before failsafe's verdict.
// Maven 3.9 and 4 name the goals glue-labels:<version>:fake-start, Maven 3.8 glue-labels-maven-plugin:<version>:…
def order = [/glue-labels(-maven-plugin)?:[^:\s]+:fake-start /, /failsafe(-plugin)?:[^:\s]+:integration-test /,
    /exec(-maven-plugin)?:[^:\s]+:exec /, /glue-labels(-maven-plugin)?:[^:\s]+:fake-stop /,
    /failsafe(-plugin)?:[^:\s]+:verify /]
def positions = order.collect { pattern -> def m = (log =~ pattern); m.find() ? m.start() : -1 }
assert positions.every { it >= 0 } && positions == positions.sort(false) : "phases in order: ${positions}"
assert log =~ /Stopped the fake Glue \+ S3 at http:\/\/127\.0\.0\.1:\d+; it answered \d+ calls/
assert log.contains('BUILD SUCCESS')
return true
