// The export ran to the end on this lane's Maven, and left its receipt.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /Apache Maven (3\.6\.3|4\.0\.0-rc-5)/
assert log.contains('Exporting the labels of transform tfm-lane to s3://lane-labels/exports/tfm-lane/')
assert log.contains('Final status SUCCEEDED')
assert log =~ /Summary: \d+ labels in \d+ labeling sets/
def receipts = new File(basedir, 'target/glue-labels/receipts').listFiles()
assert receipts != null && receipts.length == 1 : 'one receipt'
assert receipts[0].text.contains('"status" : "SUCCEEDED"') || receipts[0].text.contains('"status":"SUCCEEDED"')
return true
