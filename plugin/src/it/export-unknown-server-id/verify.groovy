def log = new File(basedir, 'build.log').text
assert log.contains("serverId 'aws-labels-prod' is not in settings.xml: no <server> in <servers> has <id>aws-labels-prod</id> (the servers are glue-labels-it)")
assert log.contains('BUILD FAILURE')
assert !log.contains('TaskRunId')
return true
