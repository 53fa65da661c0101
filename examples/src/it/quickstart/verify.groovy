// The quickstart's build log shows what its README promises: the task run, its statuses, where the labels landed and
// their summary; and the labels arrive byte for byte (UTF-8 names, quoted commas).
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /\[INFO\] TaskRunId tsk-[0-9a-f]{32}/
assert log.contains('[INFO] Status STARTING')
assert log =~ /\[INFO\] Status RUNNING after /
assert log =~ /\[INFO\] Status SUCCEEDED after /
assert log =~ /\[INFO\] Final status SUCCEEDED after .* \(task run tsk-/
assert log.contains('[INFO] Labels exported to s3://quickstart-labels/exports/tfm-quickstart/')
def folder = new File(basedir, 'target/glue-labels/tfm-quickstart')
assert log.contains("[INFO] Labels downloaded to ${folder} (1 file, ")
assert log.contains('[INFO] Summary: 8 labels in 4 labeling sets (4 sets: 1 label 2, 2 labels 2); columns: ' +
    'labeling_set_id, label, customer_id, name, address, city, email')
assert log.contains('BUILD SUCCESS')

def parts = folder.listFiles().findAll { it.name.startsWith('tfm-quickstart_labels_') && it.name.endsWith('.csv') }
assert parts.size() == 1
assert parts[0].bytes == new File(basedir, 'src/labels/customers.csv').bytes
return true
