def log = new File(basedir, 'build.log').text
def endpoint = (log =~ /Fake Glue \+ S3 listening on (http:\/\/127\.0\.0\.1:\d+) \(region us-east-1\)/)
assert endpoint.find()
assert log.contains('Seeded: tfm-it (3 labels from src/test/resources/labels.csv); buckets: it-bucket')
assert log.contains("IT exported task run tsk-") && log.contains("from ${endpoint.group(1)}")
assert log =~ /Tests run: 1, Failures: 0, Errors: 0, Skipped: 0/
assert log.contains('it answered 2 calls')
assert log.contains('BUILD SUCCESS')

// fake-start, then the tests, then fake-stop, then failsafe's verdict
def order = ['glue-labels:0.1.0-SNAPSHOT:fake-start', 'failsafe:', 'glue-labels:0.1.0-SNAPSHOT:fake-stop']
def positions = order.collect { log.indexOf(it) }
assert positions.every { it >= 0 } && positions == positions.sort(false)

def journal = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines()
assert journal[0].contains('stopped by glue-labels:fake-stop: 2 calls')
assert journal.findAll { !it.startsWith('#') }*.split('\t')*.getAt(0) == ['StartExportLabelsTaskRun', 'GetMLTaskRun']
assert !new File(basedir, 'target/glue-labels/fake-data').exists() : 'the fake cleaned up after itself'
return true
