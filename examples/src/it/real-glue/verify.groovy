// real-glue's dry runs print the request, endpoint, region and credentials it would use, and send nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Dry run: nothing is sent.')
assert log.contains('[INFO]   Request: StartExportLabelsTaskRun {"TransformId": "tfm-0123456789abcdef0123456789abcdef", ' +
    '"OutputS3Path": "s3://my-labels-bucket/glue-labels/tfm-0123456789abcdef0123456789abcdef/"}')
assert log.contains('[INFO]   Glue endpoint: https://glue.eu-west-1.amazonaws.com')
assert log.contains('[INFO]   Region: eu-west-1 (set explicitly)')
assert log.contains('wait up to 45 min 00 s (status reads from every 10 s), cancelling the run on timeout')
assert log.contains('[INFO]   Download tfm-0123456789abcdef0123456789abcdef to ' +
    new File(basedir, 'target/labels/tfm-0123456789abcdef0123456789abcdef'))
// both runs (invoker.properties): the profile, then the settings.xml server, whose secret never shows
assert log.contains("[INFO]   Credentials: profile 'glue-labels' of ~/.aws/config and ~/.aws/credentials")
assert log.contains("[INFO]   Credentials: settings.xml server 'aws-glue-labels' (access key id AKIA")
assert !log.contains('canary-secret-examples-5d1e9a') : 'the secret key of settings.xml is never logged'
assert log.count('BUILD SUCCESS') == 2
assert !log.contains('TaskRunId') : 'nothing was sent'
return true
