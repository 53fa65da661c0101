def log = new File(basedir, 'build.log').text
assert log.contains('Invalid configuration of glue-labels:export, nothing was sent (2 problems):')
assert log.contains('- transformId: TransformId must be at most 255 characters long')
assert log.contains('(300 characters)')
assert log.contains('- outputS3Path: OutputS3Path must be an S3 URI of the form s3://bucket/prefix')
assert log.contains('value seen: "https://labels-bucket/exports/"')
assert log.contains('BUILD FAILURE')
assert !log.contains('TaskRunId')

// the fake was running while the export failed; the build never reached fake-stop, so the fake was stopped when
// Maven's JVM ended, and its journal shows that no call reached it
assert log.contains('Fake Glue + S3 listening on http://127.0.0.1:')
def journal = new File(basedir, 'target/glue-labels/fake-journal.txt')
assert journal.isFile()
def lines = journal.readLines()
assert lines[0].contains('stopped at the end of the JVM (fake-stop did not run): 0 calls')
assert lines.findAll { !it.startsWith('#') }.isEmpty()
return true
