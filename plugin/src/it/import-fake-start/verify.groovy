// endpointUrl alone points import and export at the fake of fake-start: they sign with its test credentials and take
// its region (this build has no AWS configuration: without them, no region and no credentials would be found), and
// the export sees what the import did to the same fake.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
def endpoint = (log =~ /Fake Glue \+ S3 listening on (http:\/\/127\.0\.0\.1:\d+) \(region us-east-1\)/)
assert endpoint.find()
def credentials = 'credentials: the test credentials of the fake of glue-labels:fake-start (not secret)'
assert log.count('[INFO] Using region us-east-1 (the region of the fake of glue-labels:fake-start), ') == 2 :
    'import and export, each in the fake\'s region'
assert log.count(credentials) == 2
assert log.contains('[INFO] Labels imported into transform tfm-started: label count 4 before, 5 after')
assert log.contains('[INFO] Summary: 5 labels in ')
def receipt = new JsonSlurper().parse(new File(basedir, 'target/glue-labels/receipts').listFiles()
    .find { it.name.startsWith('import-tfm-started-') })
assert receipt.region == 'us-east-1'
assert receipt.glueEndpoint == endpoint.group(1)
assert receipt.credentials == 'the test credentials of the fake of glue-labels:fake-start (not secret)'
assert receipt.fake == false : 'not the embedded fake'
assert log.contains('BUILD SUCCESS')
return true
