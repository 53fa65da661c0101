def log = new File(basedir, 'build.log').text

// 1. export: both typos, each with its suggestion, in one failure, before anything is sent
assert log.contains('Invalid configuration of glue-labels:export, nothing was sent (2 problems):')
assert log.contains('- -Dglue-labels.fakeOutcom is not a property of glue-labels: did you mean glue-labels.fakeOutcome?')
assert log.contains('- -Dglue-labels.timout is not a property of glue-labels: did you mean glue-labels.timeout?')

// 2. fake-start, 3. fake-stop
assert log.contains('Invalid configuration of glue-labels:fake-start, no fake was started (1 problem):')
assert log.contains('- -Dglue-labels.fakePrt is not a property of glue-labels: did you mean glue-labels.fakePort?')
assert log.contains('Invalid configuration of glue-labels:fake-stop, nothing was stopped')
assert log.contains('- -Dglue-labels.fakeJurnal is not a property of glue-labels: did you mean glue-labels.fakeJournal?')
assert log.count('BUILD FAILURE') == 3

// 4. the rest passes: no other property is named, and the export ran
['fakePort', 'fakeJournal', 'taskRunId', 'tfm-0123456789abcdef.status', 'fake.endpoint', 'exportedTransform',
 'timeout'].each { name ->
  assert !log.contains("-Dglue-labels.${name} is not") : "${name} was flagged"
}
assert log.count('BUILD SUCCESS') == 1
assert log.count('Final status SUCCEEDED') == 1 : 'only the last build exported'
return true
