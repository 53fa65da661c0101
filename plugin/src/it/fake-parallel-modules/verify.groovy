def log = new File(basedir, 'build.log').text
assert log.contains('Using 2 threads') || log =~ /MultiThreadedBuilder|thread count: 2/
def endpoints = [:]
['module-a', 'module-b'].each { module ->
  def journal = new File(basedir, "${module}/target/glue-labels/fake-journal.txt").readLines()
  def header = (journal[0] =~ /fake Glue \+ S3 at (http:\/\/127\.0\.0\.1:\d+), stopped by glue-labels:fake-stop: (\d+) calls/)
  assert header.find() : journal[0]
  endpoints[module] = header.group(1)
  def calls = journal.findAll { !it.startsWith('#') }
  assert calls.size() == 7 : 'the listing before the run, start, three status reads, list, get'
  assert calls.findAll { it.contains('TransformId') }.every { it.contains("tfm-${module}") } : 'only its own calls'
  assert new File(basedir, "${module}/target/glue-labels/tfm-${module}").listFiles().findAll { !it.name.startsWith('.') }.size() == 1
}
assert endpoints['module-a'] != endpoints['module-b'] : 'each module had its own fake'
assert log.contains('BUILD SUCCESS')
return true
