import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runId = (log =~ /TaskRunId (tsk-[0-9a-zA-Z-]+)/)
assert runId.find() : 'the TaskRunId is logged'
def taskRunId = runId.group(1)
assert log.contains('Refusing to download 10 objects from s3://labels-bucket/exports/: that is more than '
    + 'maxDownloadObjects (3). Nothing was downloaded. If the export really is that large, raise the bound (the '
    + "export goal's glue-labels.maxDownloadObjects, or DownloadLimits.withMaxObjects in ExportOptions); if not, "
    + 'export to a folder of its own.')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/glue-labels/tfm-0123456789abcdef').exists() : 'nothing was downloaded'

// the receipt records the run and why the export failed
def receipt = new File(basedir, "target/glue-labels/receipts/tfm-0123456789abcdef-${taskRunId}.json")
def json = new JsonSlurper().parse(receipt)
assert json.status == 'SUCCEEDED'
assert json.succeeded == false
assert json.failure.startsWith('Refusing to download 10 objects')
return true
