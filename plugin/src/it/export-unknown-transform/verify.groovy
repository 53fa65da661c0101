def log = new File(basedir, 'build.log').text
assert log.contains('Seeded: tfm-known (2 labels from labels.csv); buckets: labels-bucket')
assert log.contains('credentials: the AWS SDK\'s default credentials chain')
assert log.contains('Glue cannot find transform tfm-unknown in region eu-west-1.')
assert log.contains('Check the transform id')
assert log.contains('BUILD FAILURE')
assert !log.contains('TaskRunId')
assert !new File(basedir, 'target/glue-labels/receipts').exists() : 'no task run, no receipt'
return true
