// The round trip's build log shows what its README promises: the export, the diff of the edit, the import's plan (the
// same diff, nothing imported), then the import with its backup; the backup holds the labels as they were.
def log = new File(basedir, 'build.log').getText('UTF-8')
def diff = 'Diff: 1 set added, 1 removed, 1 changed; 2 records added, 1 removed, 1 relabeled'
def exported = new File(basedir, 'target/glue-labels/tfm-roundtrip')
assert log.contains("[INFO] Labels downloaded to ${exported} (1 file, ")
assert log.contains('[INFO] Summary: 8 labels in 4 labeling sets')

// the diff of the edit, by primary key, and its report
assert log.contains("[INFO] Comparing ${exported} (from) with ")
assert log.contains('records identified by the primary key customer_id')
assert log.count("[INFO] ${diff}") == 2 : 'the diff goal and the import plan find the same changes'
assert new File(basedir, 'target/glue-labels/diff.json').isFile()

// the plan changes nothing
assert log.contains("[INFO] Dry run: the import would replace the transform's 8 labels with 9; nothing was uploaded or imported")
assert log.count('Labels imported into transform tfm-roundtrip') == 1

// the import: backed up first, then replaced
assert log.contains('[INFO] Backing up the labels of transform tfm-roundtrip to s3://roundtrip-labels/backups/ (an export)')
assert log =~ /\[INFO\] Backup taken: 8 labels in s3:\/\/roundtrip-labels\/backups\/ and /
assert log.contains('[INFO] Labels imported into transform tfm-roundtrip: label count 8 before, 9 after')
def backup = new File(basedir, 'target/glue-labels/backups/tfm-roundtrip').listFiles().find { it.isDirectory() }
def backedUp = backup.listFiles().findAll { it.isFile() && it.length() > 0 }
assert backedUp.size() == 1
assert backedUp[0].bytes == new File(basedir, 'src/labels/customers.csv').bytes
assert log.contains('BUILD SUCCESS')
return true
