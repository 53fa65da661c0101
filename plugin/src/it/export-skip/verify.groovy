def log = new File(basedir, 'build.log').text
assert log.contains('Skipping glue-labels:export: skip is true (glue-labels.skip).')
assert log.contains('BUILD SUCCESS')
assert !log.contains('TaskRunId')
assert !log.contains('Embedded fake')
assert !new File(basedir, 'target/glue-labels').exists()
return true
