// A diff of two local files by primary key: one set added (set-4), one removed (set-3), two changed (set-1: customer 2
// relabeled; set-2: customer 6 added); records: 2 added (6, 7), 1 removed (5), 1 relabeled (2). Nothing is sent.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def summary = 'Diff: 1 set added, 1 removed, 2 changed; 2 records added, 1 removed, 1 relabeled'
assert log.contains("[INFO] ${summary}")
assert log.contains('records identified by the primary key customer_id')
assert !log.contains('Using region') : 'a diff of local files calls nothing'
def report = new File(basedir, 'target/glue-labels/diff.json')
assert report.isFile()
assert log.contains("[INFO] Diff report ${report.canonicalPath}")
def receipts = new File(basedir, 'target/glue-labels/receipts').listFiles().findAll { it.name.startsWith('diff-') }
assert receipts.size() == 1
def receipt = new JsonSlurper().parse(receipts[0])
assert receipt.goal == 'diff'
assert receipt.format == 1 && receipt.format instanceof Number : 'the layout number, as in the other receipts'
// named by time and a random part: two diffs of one millisecond do not take the same file
assert receipts[0].name ==~ /diff-\d{8}T\d{9}Z-[0-9a-f]{8}\.json/
assert receipt.identical == false
assert receipt.counts.setsAdded == 1 && receipt.counts.setsRemoved == 1 && receipt.counts.setsChanged == 2
assert receipt.counts.recordsAdded == 2 && receipt.counts.recordsRemoved == 1 && receipt.counts.recordsRelabeled == 1
assert receipt.keyColumns == ['customer_id']
assert !receipt.containsKey('region')
assert log.contains('echo identical=false')
assert log.contains("echo summary=${summary}")
assert log.contains("echo report=${report.canonicalPath}")
assert log.contains('BUILD SUCCESS')
return true
