def log = new File(basedir, 'build.log').text

// fake-start: the second seed is not UTF-8; the message names the file, the line and the byte
assert log =~ /Cannot seed the fake Glue \+ S3: \S*not-utf8\.csv line 3: the byte 0xEB is not valid UTF-8 \(at byte offset 49 of the file\)/
// ... and no fake is left behind, partly seeded: it never served the build, and its data folder is gone
assert !log.contains('Fake Glue + S3 listening on')
assert !log.contains('Seeded: ')
assert !new File(basedir, 'fake-start/target/glue-labels/fake-data').exists()

// export's fakeLabels: a ragged row, named with the file and the line; nothing is exported or downloaded
assert log =~ /Cannot seed the embedded fake with fakeLabels: \S*ragged\.csv line 3: the record has 2 fields, but the header has 3 \(labeling_set_id,label,name\)/
assert !log.contains('TaskRunId')
assert !new File(basedir, 'embedded-fake/target/glue-labels/tfm-demo').exists()

// both modules ran, and both failed
assert log =~ /malformed-seeds-fake-start \.* FAILURE/
assert log =~ /malformed-seeds-embedded-fake \.* FAILURE/
assert log.contains('BUILD FAILURE')
return true
