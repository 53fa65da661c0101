import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def runId = (log =~ /TaskRunId (tsk-[0-9a-zA-Z-]+)/)
assert runId.find() : 'the TaskRunId is logged'
def taskRunId = runId.group(1)
assert log =~ /Final status SUCCEEDED after .* \(task run ${taskRunId}\)/

def downloadDir = new File(basedir, 'target/glue-labels/tfm-0123456789abcdef')
assert log.contains("Labels downloaded to ${downloadDir.canonicalPath} (1 file,")
assert log.contains('Summary: not made (summarize = false): the files were copied, not read')
assert !log.contains('labeling sets') : 'no summary is logged'

// the labels arrived whole: the header and the six labels of the seed, as the fake exported them
def files = downloadDir.listFiles().findAll { it.isFile() && !it.name.startsWith('.') }
assert files.size() == 1
def seeded = new File(basedir, 'src/test/resources/labels.csv').text.readLines()
assert files[0].text.readLines().size() == seeded.size()
assert files[0].text.readLines().toSet() == seeded.toSet()

// the receipt lists the file, and has no summary
def receipt = new File(basedir, "target/glue-labels/receipts/tfm-0123456789abcdef-${taskRunId}.json")
def json = new JsonSlurper().parse(receipt)
assert json.status == 'SUCCEEDED'
assert json.download.files.size() == 1
assert json.download.files[0].size == files[0].length()
assert !json.containsKey('summary')
return true
