// An add on the embedded fake: the file is checked, uploaded into the input path, imported by a task run that is
// waited for; the transform's 4 labels become 7. Receipt, properties and the fake's journal say the same.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('tfm-import seeded with 4 labels from')
assert log.contains('[INFO] Adding labels to transform tfm-import with ')
assert log.contains('[INFO] Checked 1 file: 3 labels in 1 labeling sets; columns: labeling_set_id, label, customer_id, name')
assert log.contains('[INFO] Uploaded s3://labels-bucket/imports/run-1/new.csv (81 bytes)')
assert log =~ /\[INFO\] TaskRunId tsk-[0-9a-f]+/
assert log =~ /\[INFO\] Final status SUCCEEDED \(task run tsk-[0-9a-f]+\)/
assert log.contains('[INFO] Labels imported into transform tfm-import: label count 4 before, 7 after')
assert !log.contains('Backing up') : 'an add takes no backup'

def receiptFile = new File(basedir, 'target/glue-labels/receipts').listFiles().find { it.name.startsWith('import-tfm-import-tsk-') }
assert receiptFile
assert log.contains("[INFO] Receipt ${receiptFile.canonicalPath}")
def receipt = new JsonSlurper().parse(receiptFile)
assert receipt.status == 'SUCCEEDED' && receipt.labelCountBefore == 4 && receipt.labelCountAfter == 7
assert receipt.replaceAllLabels == false && receipt.backup == null && receipt.fake == true
assert receipt.uploaded == ['s3://labels-bucket/imports/run-1/new.csv']
assert log.contains("echo taskRunId=${receipt.taskRunId}")
assert log.contains('echo status=SUCCEEDED')
assert log.contains('echo labelCount=7')

def operations = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines()
    .findAll { !it.startsWith('#') }*.split('\t')*.getAt(0)
assert operations.count('StartImportLabelsTaskRun') == 1
assert !operations.contains('StartExportLabelsTaskRun')
assert log.contains('BUILD SUCCESS')
return true
