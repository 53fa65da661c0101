// A replace on the embedded fake: the 4 current labels are first exported to the backup path and downloaded, then the
// edited file (5 labels) replaces them. The backup is kept in S3 and under target/, and the receipt names it.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Replacing the labels of transform tfm-import with ')
assert log.contains('[INFO] Backing up the labels of transform tfm-import to s3://backup-bucket/backups/tfm-import/ (an export)')
def backupDir = new File(basedir, 'target/glue-labels/backups/tfm-import').listFiles().find { it.isDirectory() }
assert backupDir : 'the local copy of the backup'
assert log =~ /\[INFO\] Backup taken: 4 labels in s3:\/\/backup-bucket\/backups\/tfm-import\/ and \Q${backupDir.canonicalPath}\E \(task run tsk-/
def backedUp = backupDir.listFiles().findAll { it.isFile() && it.length() > 0 }
assert backedUp*.readLines().flatten().count { !it.startsWith('labeling_set_id') } == 4
assert log.contains('[INFO] Labels imported into transform tfm-import: label count 4 before, 5 after')
assert log.indexOf('Backup taken') < log.indexOf('Uploaded s3://labels-bucket/imports/run-1/edited.csv') : 'backed up before anything is uploaded'

def receipt = new JsonSlurper().parse(new File(basedir, 'target/glue-labels/receipts').listFiles()
    .find { it.name.startsWith('import-tfm-import-') })
assert receipt.replaceAllLabels == true
assert receipt.backup.s3Path == 's3://backup-bucket/backups/tfm-import/'
assert receipt.backup.localCopy == backupDir.canonicalPath
assert receipt.backup.labelCount == 4
assert log.contains("echo backupDir=${backupDir.canonicalPath}")
def operations = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines()
    .findAll { !it.startsWith('#') }*.split('\t')*.getAt(0)
assert operations.indexOf('StartExportLabelsTaskRun') < operations.indexOf('StartImportLabelsTaskRun')
assert log.contains('BUILD SUCCESS')
return true
