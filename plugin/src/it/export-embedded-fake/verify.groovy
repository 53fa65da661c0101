import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runId = (log =~ /TaskRunId (tsk-[0-9a-zA-Z-]+)/)
assert runId.find() : 'the TaskRunId is logged'
def taskRunId = runId.group(1)

assert log.contains('Exporting the labels of transform tfm-0123456789abcdef to s3://labels-bucket/exports/run-1/')
assert log.contains('Status STARTING')
assert log =~ /Status RUNNING after [0-9.]+ (ms|s)/
assert log =~ /Status SUCCEEDED after [0-9.]+ (ms|s)/
assert log =~ /Final status SUCCEEDED after .* \(task run ${taskRunId}\)/
assert log.contains('Labels exported to s3://labels-bucket/exports/run-1/')

def downloadDir = new File(basedir, 'target/glue-labels/tfm-0123456789abcdef')
assert log.contains("Labels downloaded to ${downloadDir.canonicalPath} (1 file,")
assert log.contains('Summary: 6 labels in 3 labeling sets (3 sets: 1 label 2, 2 labels 1); columns: labeling_set_id, label, title, price')

// the labels, beside glue-labels' hidden folder: the list of what the download wrote, and the lock, nothing else
assert new File(downloadDir, '.glue-labels/manifest.json').isFile()
assert new File(downloadDir, '.glue-labels').list().sort() == ['lock', 'manifest.json']
def files = downloadDir.listFiles().findAll { it.isFile() && !it.name.startsWith('.') }
assert files.size() == 1
assert files[0].text.readLines().size() == 7 : 'header and six labels'

// the receipt
def receipt = new File(basedir, "target/glue-labels/receipts/tfm-0123456789abcdef-${taskRunId}.json")
assert receipt.isFile()
assert log.contains("Receipt ${receipt.canonicalPath}")
def json = new JsonSlurper().parse(receipt)
assert json.transformId == 'tfm-0123456789abcdef'
assert json.taskRunId == taskRunId
assert json.outputS3Path == 's3://labels-bucket/exports/run-1/'
assert json.region == 'us-east-1'
assert json.glueEndpoint == 'http://in-process.glue-labels-fake.invalid' : 'the embedded fake is reached in process'
assert json.fake == true
assert json.status == 'SUCCEEDED'
assert json.succeeded == true
assert json.timings.totalMillis >= 0
assert json.download.files.size() == 1
assert json.download.files[0].size == files[0].length()
assert json.summary.labels == 6
assert json.summary.labelingSets == 3
assert json.summary.columns == ['labeling_set_id', 'label', 'title', 'price']
assert !receipt.text.contains(new String('glue-labels-fake-secret-key')) : 'the receipt names no key'

// the properties, as a later plugin sees them
assert log.contains("echo taskRunId=${taskRunId}")
assert log.contains('echo status=SUCCEEDED')
assert log.contains("echo downloadDir=${downloadDir.canonicalPath}")
assert log.contains('echo perTransformStatus=SUCCEEDED')

// the embedded fake's journal: the listing of what earlier exports left under the path (to leave it aside), the start,
// three status reads, the listing and the download
def journal = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines().findAll { !it.startsWith('#') }
assert journal*.split('\t')*.getAt(0) == ['ListObjectsV2', 'StartExportLabelsTaskRun', 'GetMLTaskRun', 'GetMLTaskRun',
                                           'GetMLTaskRun', 'ListObjectsV2', 'GetObject']
return true
