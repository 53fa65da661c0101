// The round trip's build log shows what its README promises, on one fake for the whole build: the export, the diff of
// the edit, the import's plan (the same diff, nothing imported), the import with its backup, the backup checked in S3,
// the export after the import, the fake stopped, and the final check that the transform holds exactly the edit.
def log = new File(basedir, 'build.log').getText('UTF-8')
def edited = new File(basedir, 'src/labels/customers-edited.csv')
def before = new File(basedir, 'src/labels/customers.csv')

// 0. one fake, started once, that every goal calling AWS used: the same endpoint, its region and test credentials
def started = (log =~ /Fake Glue \+ S3 listening on (http:\/\/127\.0\.0\.1:\d+) \(region us-east-1\)/)
assert started.find()
def endpoint = started.group(1)
assert log.count('Fake Glue + S3 listening on ') == 1
assert !log.contains('Embedded fake Glue + S3') : 'no goal ran its own embedded fake'
assert log.contains('Seeded: tfm-roundtrip (8 labels from src/labels/customers.csv); buckets: roundtrip-labels')
def using = log.readLines().findAll { it.startsWith('[INFO] Using region ') }
assert using.size() == 5 : "export, plan, import, backup check, export again: ${using}"
assert using.every { it.contains("Glue endpoint ${endpoint},") && it.contains('glue-labels:fake-start') }

// 1. the export
def exported = new File(basedir, 'target/glue-labels/tfm-roundtrip')
assert log.contains("[INFO] Labels downloaded to ${exported} (1 file, ")
assert log.contains('[INFO] Summary: 8 labels in 4 labeling sets')

// 3. and 4. the diff of the edit, by primary key, and the plan, which finds the same changes and changes nothing
def diff = 'Diff: 1 set added, 1 removed, 1 changed; 2 records added, 1 removed, 1 relabeled'
assert log.contains("[INFO] Comparing ${exported} (from) with ")
assert log.contains('records identified by the primary key customer_id')
assert log.count("[INFO] ${diff}") == 2 : 'the diff goal and the import plan find the same changes'
assert new File(basedir, 'target/glue-labels/diff.json').isFile()
assert log.contains("[INFO] Dry run: the import would replace the transform's 8 labels with 9; nothing was uploaded or imported")
assert log.count('Labels imported into transform tfm-roundtrip') == 1

// 5. the import: backed up first, then replaced
assert log.contains('[INFO] Backing up the labels of transform tfm-roundtrip to s3://roundtrip-labels/backups/ (an export)')
assert log =~ /\[INFO\] Backup taken: 8 labels in s3:\/\/roundtrip-labels\/backups\/ and /
assert log.contains('[INFO] Labels imported into transform tfm-roundtrip: label count 8 before, 9 after')
def backup = new File(basedir, 'target/glue-labels/backups/tfm-roundtrip').listFiles().find { it.isDirectory() }
def backedUp = backup.listFiles().findAll { it.isFile() && it.length() > 0 }
assert backedUp.size() == 1
assert backedUp[0].bytes == before.bytes : 'the local copy of the backup holds the labels as they were'

// 6. the backup in S3, downloaded by the check and compared with the labels before the edit
def noChange = '[INFO] Diff: 0 sets added, 0 removed, 0 changed; 0 records added, 0 removed, 0 relabeled'
assert log.contains('[INFO] [to] Downloaded s3://roundtrip-labels/backups/ to ')
def backupInS3 = new File(basedir, 'target/glue-labels/diff/to').listFiles().findAll { it.isFile() && it.name.endsWith('.csv') }
assert backupInS3.size() == 1 && backupInS3[0].bytes == before.bytes

// 7. the export after the import: what the transform now holds
def after = new File(basedir, 'target/glue-labels/after-import')
assert log.contains("[INFO] Labels downloaded to ${after} (1 file, ")
assert log.contains('[INFO] Summary: 9 labels in 4 labeling sets')
def reexported = after.listFiles().find { it.isFile() && it.name.startsWith('tfm-roundtrip_labels_') }
assert reexported.readLines('UTF-8').sort() == edited.readLines('UTF-8').sort() : 'the transform holds the edit, line for line'

// 8. and 9. the fake stopped, then the final check found no change
assert log =~ /Stopped the fake Glue \+ S3 at http:\/\/127\.0\.0\.1:\d+; it answered \d+ calls/
assert log.count(noChange) == 2 : 'the backup check and the final check'
assert log.lastIndexOf(noChange) > log.indexOf('Stopped the fake Glue + S3') : 'the final check runs on local files'
assert new File(basedir, 'target/glue-labels/diff-after-import.json').isFile()
def journal = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines().findAll { !it.startsWith('#') }
def operations = journal*.split('\t')*.getAt(0)
assert operations.count('StartExportLabelsTaskRun') == 4 : 'export, plan, backup, export again'
assert operations.count('StartImportLabelsTaskRun') == 1
assert log.contains('BUILD SUCCESS')
return true
