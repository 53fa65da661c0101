def log = new File(basedir, 'build.log').text
assert log.contains('No AWS region is set')
assert log.contains('glue-labels does not guess one')
assert log.contains('-Dglue-labels.region=eu-west-1')
assert log.contains('BUILD FAILURE')
assert !log.contains('TaskRunId')
return true
