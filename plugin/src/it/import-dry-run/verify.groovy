// The plan of an add: the file is checked, the current labels are fetched with an export and the diff of what the
// import would change is printed (set-3 added with its 3 records); nothing is uploaded to the input path and no import
// task run is started, so the transform keeps its 4 labels.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Dry run: planning the import into transform tfm-import of ')
assert log.contains('[INFO] Checked 1 file: 3 labels in 1 labeling sets')
assert log.contains('[INFO] Diff: 1 set added, 0 removed, 0 changed; 3 records added, 0 removed, 0 relabeled')
assert log.contains("[INFO] Dry run: the import would add 3 labels to the transform's 4; nothing was uploaded or imported")
assert new File(basedir, 'target/glue-labels/import-plan/tfm-import/diff.json').isFile()
assert log.contains('echo diffSummary=Diff: 1 set added, 0 removed, 0 changed; 3 records added, 0 removed, 0 relabeled')
assert log.contains('echo taskRunId=${glue-labels.import.taskRunId}') : 'no import, no task run published'
assert !log.contains('Uploaded s3://')

def calls = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines().findAll { !it.startsWith('#') }
def operations = calls*.split('\t')*.getAt(0)
assert !operations.contains('StartImportLabelsTaskRun')
assert !calls.any { it.contains('imports/run-1') && (it.startsWith('PutObject') || it.startsWith('CreateMultipartUpload')) }
assert operations.contains('StartExportLabelsTaskRun') : 'the current labels are fetched with an export'
assert log.contains('BUILD SUCCESS')
return true
