// failOnChanges makes diff a check: the same labels in another order pass, labels that differ fail the build — after
// the report, the receipt and the properties, so that the failure can be read.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[INFO] Diff: 0 sets added, 0 removed, 0 changed; 0 records added, 0 removed, 0 relabeled') :
    'the same labels in another order are no change'
def changes = 'Diff: 1 set added, 1 removed, 2 changed; 2 records added, 1 removed, 1 relabeled'
def report = new File(basedir, 'target/glue-labels/changed.json')
assert report.isFile() : 'the report is written before the build fails'
assert log.contains("glue-labels:diff found changes and failOnChanges is true: ${changes} (from ")
assert log.contains("every change is in ${report.canonicalPath}") || log.contains("every change is in ${report.path}")
def receipts = new File(basedir, 'target/glue-labels/receipts').listFiles().findAll { it.name.startsWith('diff-') }
assert receipts.size() == 2 : "a receipt per diff, the failing one too: ${receipts*.name}"
assert log.contains('BUILD FAILURE')
return true
