def log = new File(basedir, 'build.log').text
def endpoint = (log =~ /Fake Glue \+ S3 listening on (http:\/\/127\.0\.0\.1:\d+) \(region us-east-1\)/)
assert endpoint.find()
assert log.contains('Seeded: tfm-it (3 labels from src/test/resources/labels.csv); buckets: it-bucket')
assert log.contains("IT exported task run tsk-") && log.contains("from ${endpoint.group(1)}")
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0/
assert log.contains('it answered 2 calls')
assert log.contains('BUILD SUCCESS')

// fake-start, then the tests, then fake-stop, then failsafe's verdict
// Maven 3.9 and 4 name the goals glue-labels:<version>:fake-start, Maven 3.8 glue-labels-maven-plugin:<version>:…
def order = [/glue-labels(-maven-plugin)?:[^:\s]+:fake-start /, /failsafe(-plugin)?:[^:\s]+:integration-test /,
    /glue-labels(-maven-plugin)?:[^:\s]+:fake-stop /]
def positions = order.collect { pattern -> def m = (log =~ pattern); m.find() ? m.start() : -1 }
assert positions.every { it >= 0 } && positions == positions.sort(false)

def journal = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines()
assert journal[0].contains('stopped by glue-labels:fake-stop: 2 calls')
assert journal.findAll { !it.startsWith('#') }*.split('\t')*.getAt(0) == ['StartExportLabelsTaskRun', 'GetMLTaskRun']
assert !new File(basedir, 'target/glue-labels/fake-data').exists() : 'the fake cleaned up after itself'
return true
