import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def port = (log =~ /Fake Glue \+ S3 listening on http:\/\/127\.0\.0\.1:(\d+)/)
assert port.find()

// the export went through the endpoints with user information, and the log shows them masked
assert log.contains("Glue endpoint http://***@127.0.0.1:${port.group(1)}, S3 endpoint http://***@127.0.0.1:${port.group(1)}")
assert log.contains('Final status SUCCEEDED')
def receipts = new File(basedir, 'target/glue-labels/receipts').listFiles()
assert receipts.size() == 1
def receipt = new JsonSlurper().parse(receipts[0])
assert receipt.glueEndpoint == "http://***@127.0.0.1:${port.group(1)}"
assert receipt.s3Endpoint == "http://***@127.0.0.1:${port.group(1)}"

// the second export cannot connect: the failure names the endpoint, masked
assert log.contains('Cannot reach Glue at http://***@127.0.0.1:9: the connection was refused')
assert log.contains('BUILD FAILURE')

// the canaries: no password shows, in any line of ours or any file the build wrote, even under -X. Maven's own -X
// dump of a goal's configuration (the XML, then "(f) name = value") prints the values as configured: those 6 lines
// are Maven's, not the plugin's, and are the only ones allowed to hold them
assert log.contains('[DEBUG]') : 'the build ran with -X'
def mavenDump = { String line ->
  line ==~ /\[DEBUG\]   \(f\) (endpointUrl|s3EndpointUrl) = .*/ || line ==~ /  <(endpointUrl|s3EndpointUrl)>.*/
}
def ours = log.readLines().findAll { !mavenDump(it) }
assert log.readLines().findAll(mavenDump).count { it.contains('canary-') } == 6
['canary-glue-pw-' + '3d1f8a', 'canary-s3-pw-' + '9b27c4', 'canary-gone-pw-' + '51c0e2', 'glue-user', 's3-user'].each { secret ->
  assert !ours.any { it.contains(secret) } : "${secret} is in build.log: ${ours.find { it.contains(secret) }}"
  def leaks = []
  new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.getText('ISO-8859-1').contains(secret)) {
      leaks << file
    }
  }
  assert leaks.isEmpty() : "${secret} is in ${leaks}"
}
return true
