// Offline, a diff of two local files that would read the transform's primary key from real Glue is refused at once.
// The message names the diff (not "this export"), only Glue (the diff downloads nothing from S3) and the way out that
// fits a diff: primaryKey, rather than the export's -Dglue-labels.fake, which diff does not have.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Maven is offline (-o), and this diff would call AWS Glue at https://glue.eu-west-1.amazonaws.com, '
    + 'which is not on this machine: refusing')
assert log.contains('Nothing was sent. Run without -o, or set primaryKey, and diff calls nothing.')
assert !log.contains('S3 at ')
assert !log.contains('-Dglue-labels.fake=true')
assert !log.contains('Diff: ')
assert log.contains('BUILD FAILURE')
return true
