import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

// the summary names 20 columns and counts the other 99,980
assert log.count('; columns: labeling_set_id, label, column_1, column_2, ') == 12
assert log.contains(', column_18 … and 99,980 more')
// the transforms: 10 named, 2 counted
assert log.contains('Exported all 12 transforms: tfm-01 SUCCEEDED, tfm-02 SUCCEEDED, ')
assert log.contains('tfm-10 SUCCEEDED … and 2 more')

// no line of the log is long: before, the summary alone made one of about 700 KB
def longest = log.readLines().max { it.length() }
println "longest line of build.log: ${longest.length()} characters"
assert longest.length() < 1_000 : "a line of ${longest.length()} characters: ${longest.take(200)}…"

// the receipt is a file, not a log line: it keeps every column
def receipt = new JsonSlurper().parse(new File(basedir, 'target/glue-labels/receipts').listFiles()[0])
assert receipt.summary.columns.size() == 100_000
assert receipt.summary.description.endsWith('… and 99,980 more')
return true
