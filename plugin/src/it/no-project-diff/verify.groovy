// Without a pom.xml, the diff reads its sides from the folder Maven runs in, identifies records by all their fields
// (no primary key given) and writes its report under that folder's target/.
def log = new File(basedir, 'build.log').getText('UTF-8')
// by all fields (customer_id, name): customer 2 relabeled, 5 removed, 6 and 7 added, as by the primary key
assert log.contains('[INFO] Diff: 1 set added, 1 removed, 2 changed; 2 records added, 1 removed, 1 relabeled')
assert log.contains('records identified by all their fields but labeling_set_id and label (customer_id,name)')
assert new File(basedir, 'target/glue-labels/diff.json').isFile()
assert log.contains('BUILD SUCCESS')
return true
