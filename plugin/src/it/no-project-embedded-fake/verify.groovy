def log = new File(basedir, 'build.log').text
assert log.contains('Embedded fake Glue + S3 in this JVM (endpoint http://in-process.glue-labels-fake.invalid, reached in process; region us-east-1)')
// the goal's own fake listens on no port
assert !(log =~ /http:\/\/127\.0\.0\.1:\d+/)
assert log.contains("tfm-demo seeded with 10 labels from the plugin's sample labels")
assert log =~ /TaskRunId tsk-[0-9a-f]+/
assert log.contains('Final status SUCCEEDED')
assert log.contains('Labels exported to s3://demo-bucket/labels/')
assert log.contains("Labels downloaded to ${new File(basedir, 'target/glue-labels/tfm-demo').canonicalPath} (1 file,")
assert log.contains('Summary: 10 labels in 4 labeling sets (4 sets: 1 label 2, 2 labels 1, 3 labels 1); columns: labeling_set_id, label, name, email, city')
assert log.contains('BUILD SUCCESS')
return true
