// A diff of two local files with transformId (to read its primary key) and no region anywhere: it fails before any
// call, saying that the region is needed only for that lookup, and that primaryKey avoids it.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('No AWS region is set')
assert log.contains('-Dglue-labels.region=eu-west-1')
assert log.contains('or name the column with primaryKey (-Dglue-labels.primaryKey=customer_id): this diff calls AWS '
    + 'only to read the primary key of transformId tfm-0123456789abcdef, and then calls nothing.')
assert !log.contains('Diff: ')
assert !new File(basedir, 'target/glue-labels/diff.json').exists()
assert log.contains('BUILD FAILURE')
return true
