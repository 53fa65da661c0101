def log = new File(basedir, 'build.log').text
def endpoint = (log =~ /Fake Glue \+ S3 listening on (http:\/\/127\.0\.0\.1:\d+)/)
assert endpoint.find()
assert log.contains('Dry run: nothing is sent.')
assert log.contains('Request: StartExportLabelsTaskRun {"TransformId": "tfm-a", "OutputS3Path": "s3://labels-bucket/exports/tfm-a/latest/"}')
assert log.contains('Request: StartExportLabelsTaskRun {"TransformId": "tfm-b", "OutputS3Path": "s3://labels-bucket/exports/tfm-b/latest/"}')
assert log.contains("Glue endpoint: ${endpoint.group(1)}")
assert log.contains("S3 endpoint: ${endpoint.group(1)}")
assert log.contains('Region: us-east-1 (set explicitly)')
assert log.contains("Credentials: settings.xml server 'glue-labels-it' (access key id AKIA…0001, with a session token)")
assert log.contains('Then: wait up to 45 min 00 s')
assert log =~ /Download tfm-a to \S+tfm-a, without a summary \(summarize = false\)/
assert log =~ /Download tfm-b to \S+tfm-b, without a summary \(summarize = false\)/
assert !log.contains('TaskRunId')
assert log.contains('BUILD SUCCESS')

assert log.contains('it answered 0 calls')
def journal = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines()
assert journal[0].contains('stopped by glue-labels:fake-stop: 0 calls')
assert journal.findAll { !it.startsWith('#') }.isEmpty()
assert !new File(basedir, 'target/glue-labels/receipts').exists()
return true
