// A file Glue would refuse fails the build before anything is sent: each problem named with file, line and rule,
// all at once; nothing is uploaded and no task run is started.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('cannot be imported: 2 problems (nothing was sent):')
assert log.contains('broken.csv line 3 [label]: the label is empty (labeling_set_id "set-1")')
assert log.contains('broken.csv line 4 [fields]: the record has 3 fields, but the header has 4')
assert !log.contains('Uploaded s3://')
assert !(log =~ /TaskRunId tsk-/)
assert log.contains('BUILD FAILURE')
def operations = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines()
    .findAll { !it.startsWith('#') }*.split('\t')*.getAt(0)
assert !operations.contains('StartImportLabelsTaskRun')
assert !operations.contains('PutObject') && !operations.contains('CreateMultipartUpload')
return true
