def log = new File(basedir, 'build.log').text

// a configuration error, reported whole, as the other goals' are: each name with the rule and the value seen
assert log.contains('Invalid configuration of glue-labels:fake-start, no fake was started (2 problems):')
assert log.contains('- buckets (property glue-labels.fakeBuckets) must each be a valid S3 bucket name (3 to 63 '
    + 'lower-case letters, digits, dots and hyphens, beginning and ending with a letter or digit, not an IP address), '
    + 'but bucket "ab" has 2 characters; value seen: "ab"')
assert log =~ /but bucket name has U\+0042 \(latin capital letter b\) at character 1; bucket names are lower case; value seen: "Bad_Name"/
assert !log.contains('labels-bucket; value seen')

// <buckets>, the name of fakeBuckets before 0.1.0, still works, with a warning that names the new name
assert log.contains('[WARNING] glue-labels:fake-start: parameter <buckets> is deprecated and will go in a later release: '
    + 'name it <fakeBuckets> (same values; property glue-labels.fakeBuckets)')

// not an internal error of the plugin (Maven words those "Execution fake of goal ... failed")
assert !log.contains('Execution fake of goal')
assert !log.contains('InvalidBucketName')

// no fake started
assert !log.contains('Fake Glue + S3 listening on')
assert !new File(basedir, 'target/glue-labels/fake-data').exists()
assert log.contains('BUILD FAILURE')
return true
