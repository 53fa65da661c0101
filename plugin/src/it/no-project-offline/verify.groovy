def log = new File(basedir, 'build.log').text
assert log.contains('Maven is offline (-o), and this export would call AWS Glue at https://glue.eu-west-1.amazonaws.com and S3 at the public S3 endpoints of eu-west-1, neither of which is on this machine: refusing')
assert log.contains('Nothing was sent.')
assert log.contains('-Dglue-labels.fake=true')
assert log.contains('BUILD FAILURE')
def took = (log =~ /Total time:\s+([0-9.]+) s/)
// refused before any connection attempt: well within one connect timeout (10 s) times the attempts (3)
assert took.find() && (took.group(1) as double) < 30 : 'refused at once, no hang'
return true
