def log = new File(basedir, 'build.log').text
assert log.contains('Maven is offline (-o), and this export would call AWS Glue at https://glue.eu-west-1.amazonaws.com and S3 at the public S3 endpoints of eu-west-1, neither of which is on this machine: refusing')
assert log.contains('Nothing was sent.')
assert log.contains('-Dglue-labels.fake=true')
assert log.contains('BUILD FAILURE')
// refused before any connection attempt: no line of the AWS SDK or of a retry in the log (timings are not asserted,
// the machines are shared and noisy)
assert !log.contains('Unable to execute HTTP request') && !log.contains('Retrying')
return true
