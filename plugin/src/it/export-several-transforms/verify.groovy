def log = new File(basedir, 'build.log').text
assert log.contains('Exporting the labels of 3 transforms, 2 at a time')
assert log.contains('Exported all 3 transforms: tfm-alpha SUCCEEDED, tfm-beta SUCCEEDED, tfm-gamma SUCCEEDED')

['tfm-alpha', 'tfm-beta', 'tfm-gamma'].each { id ->
  assert log.contains("[${id}] Exporting to s3://labels-bucket/nightly/${id}/")
  def runId = (log =~ /\[${id}\] TaskRunId (tsk-[0-9a-f]+)/)
  assert runId.find()
  assert log.contains("[${id}] Final status SUCCEEDED")
  assert log.contains("[${id}] Summary: 10 labels in 4 labeling sets")
  def dir = new File(basedir, "target/glue-labels/${id}")
  assert dir.listFiles().findAll { it.name.endsWith('.csv') }.size() == 1
  assert new File(basedir, "target/glue-labels/receipts/${id}-${runId.group(1)}.json").isFile()
}
assert log =~ /echo alpha=SUCCEEDED tsk-[0-9a-f]+/
assert log =~ /echo beta=SUCCEEDED tsk-[0-9a-f]+/
assert log.contains("echo gamma=SUCCEEDED ${new File(basedir, 'target/glue-labels/tfm-gamma').canonicalPath}")
assert !log.contains('echo status=') && !log.contains('${glue-labels.taskRunId}') : 'no single-transform properties'

// bounded concurrency, read from the fake's journal: an export is in flight from its start to its download
def journal = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines().findAll { !it.startsWith('#') }
def inFlight = [] as Set
def most = 0
journal.each { line ->
  def (operation, status, error, input) = line.split('\t', 4)
  if (operation == 'StartExportLabelsTaskRun') {
    inFlight << (input =~ /"TransformId":"([^"]+)"/)[0][1]
    most = Math.max(most, inFlight.size())
  } else if (operation == 'GetObject') {
    inFlight.remove((input =~ /\/nightly\/([^\/]+)\//)[0][1])
  }
}
assert most == 2 : "two exports ran at once, never more (saw ${most})"
return true
