def log = new File(basedir, 'build.log').text
assert log.contains('Seeded: tfm-known (2 labels from labels.csv); buckets: labels-bucket')
// endpointUrl is fake-start's endpoint: the goal signs with that fake's test credentials, whatever the machine has
assert log.contains('credentials: the test credentials of the fake of glue-labels:fake-start (not secret)')
def endpoint = (log =~ /Fake Glue \+ S3 listening on (http:\/\/127\.0\.0\.1:\d+)/)
assert endpoint.find()
// a fake knows only what was seeded into it: the advice says how to seed, not how to list transforms on AWS
assert log.contains("Glue cannot find transform tfm-unknown in region eu-west-1. The fake at ${endpoint.group(1)} "
    + 'knows only the transforms seeded into it: seed tfm-unknown (--seed tfm-unknown=labels.csv of the standalone '
    + 'fake, <fakeSeeds> of glue-labels:fake-start')
assert !log.contains('get-ml-transforms')
assert log.contains('BUILD FAILURE')
assert !log.contains('TaskRunId')
assert !new File(basedir, 'target/glue-labels/receipts').exists() : 'no task run, no receipt'
return true
