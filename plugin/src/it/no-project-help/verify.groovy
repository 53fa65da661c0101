def log = new File(basedir, 'build.log').text
assert log.contains('glue-labels:export')
def parameters = ['transformId', 'transformIds', 'outputS3Path', 'wait', 'timeout', 'pollInterval', 'cancelOnTimeout',
    'download', 'downloadTo', 'region', 'profile', 'serverId', 'endpointUrl', 's3EndpointUrl', 'maxAttempts',
    'parallelism', 'skip', 'dryRun', 'fake', 'fakeLabels', 'fakePacing', 'fakeOutcome', 'fakeRowsPerPart',
    'maxUnreachableReads', 'maxUnreachableTime']
parameters.each { name ->
  assert log =~ /(?m)^\s+${name}( \(Default: [^)]*\))?$/ : "parameter ${name} is listed"
  assert log.contains("User property: glue-labels.${name}") : "parameter ${name} has its property"
}
assert log.contains('timeout (Default: 30m)')
assert log.contains('pollInterval (Default: 2s)')
assert log.contains('parallelism (Default: 4)')
assert log.contains('maxUnreachableReads (Default: 5)')
assert log.contains('maxUnreachableTime (Default: 2m)')
assert log.contains('downloadTo (Default: ${project.build.directory}/glue-labels/{transformId})')
assert log.contains('Skips the goal.')
assert log.contains('BUILD SUCCESS')
assert log =~ /(?m)^glue-labels:export$/
assert !(log =~ /(?m)^glue-labels:fake-start$/) : 'only the export goal is described'
return true
