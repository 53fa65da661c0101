// The diff downloads the S3 side with the export's download (only what is under the path, whole or not at all),
// reads the transform's primary key with GetMLTransform and compares: the same counts as the local diff.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Final status SUCCEEDED')
def folder = new File(basedir, 'target/glue-labels/diff/from')
assert log =~ /\[INFO\] \[from\] Downloaded s3:\/\/labels-bucket\/exports\/ to \Q${folder.canonicalPath}\E \(1 file, /
assert log.contains('[INFO] Primary key of transform tfm-diff: customer_id (GetMLTransform)')
assert log.contains('records identified by the primary key customer_id')
assert log.contains('[INFO] Diff: 1 set added, 1 removed, 2 changed; 2 records added, 1 removed, 1 relabeled')
def receipt = new JsonSlurper().parse(new File(basedir, 'target/glue-labels/receipts').listFiles()
    .find { it.name.startsWith('diff-') })
assert receipt.from == folder.canonicalPath
assert receipt.glueEndpoint.startsWith('http://127.0.0.1:')
assert receipt.credentials.contains("settings.xml server 'glue-labels-it'")
def journal = new File(basedir, 'target/glue-labels/fake-journal.txt').text
assert journal.contains('GetMLTransform')
assert log.contains('BUILD SUCCESS')
return true
