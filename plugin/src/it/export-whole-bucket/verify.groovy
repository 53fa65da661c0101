def log = new File(basedir, 'build.log').text
assert log.contains('Invalid configuration of glue-labels:export, nothing was sent (2 problems):')
assert log.contains('- maxDownloadBytes (property glue-labels.maxDownloadBytes) must be a size such as 50GiB, 500MB, '
    + '2g or 1000000 (bytes), more than 0; value seen: "lots"')
assert log.contains('- outputS3Path (property glue-labels.outputS3Path) is a whole bucket, s3://labels-bucket: '
    + 'glue-labels does not download a whole bucket (it would bring every object in it). Export to a folder in it, '
    + 'e.g. s3://labels-bucket/labels/, or set download to false')
assert log.contains('BUILD FAILURE')
assert !log.contains('TaskRunId') : 'no task run was started'
assert !new File(basedir, 'target/glue-labels/tfm-0123456789abcdef').exists() : 'nothing was downloaded'
return true
