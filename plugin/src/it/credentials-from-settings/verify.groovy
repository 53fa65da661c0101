def log = new File(basedir, 'build.log').text
assert log.contains('[DEBUG]') : 'the build ran with -X'
assert log.contains("credentials: settings.xml server 'glue-labels-it' (access key id AKIA…0001, with a session token)")
assert log.contains('Final status SUCCEEDED')
assert log.contains('Summary: 3 labels in 2 labeling sets')
assert log.contains('it answered 5 calls') : 'the listing before the run, start, status, listing, download'

// the canaries: the server's password (the secret key) and its session token never show, in the log or in any file
// the build wrote, even though -X logs the HTTP traffic
assert log.contains('http-outgoing') : 'the HTTP client (Apache HttpClient, through jcl-over-slf4j) logged at debug level'
['canary-secret-' + '6b1f0c2e9d7a4e55', 'canary-token-' + '93e0d4c1a8b7f2aa'].each { secret ->
  assert !log.contains(secret) : "${secret} is in build.log"
  def leaks = []
  new File(basedir, 'target').eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.getText('ISO-8859-1').contains(secret)) {
      leaks << file
    }
  }
  assert leaks.isEmpty() : "${secret} is in ${leaks}"
}
return true
