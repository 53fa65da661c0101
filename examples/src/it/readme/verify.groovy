// Every ```java block of README.md was compiled, and every test among them ran and passed; the README's POM, as
// given, built them with quiet logs (an SLF4J binding); and the plugin it declares runs by its prefix.
def log = new File(basedir, 'build.log').getText('UTF-8')
def readmeLines = new File(readme).readLines('UTF-8')
def blocks = new File(basedir, 'readme-blocks.txt').readLines('UTF-8').findAll { it }.collect { it.split('\t') as List }

// counted again, independently of setup.groovy, so that a block it overlooked fails here
def javaFences = readmeLines.findIndexValues { it =~ /^\s*(`{3,}|~{3,})\s*(?i:java)\s*$/ }.collect { it + 1 }
assert blocks.collect { it[0] as int } == javaFences :
    "README.md's java blocks start on lines ${javaFences}, setup.groovy wrote those of lines ${blocks*.getAt(0)}"

blocks.each { line, path, type, test ->
  def compiled = new File(basedir, "target/test-classes/${type.replace('.', '/')}.class")
  assert compiled.isFile() : "README.md line ${line}: the java block was not compiled (${compiled} is missing)"
  if (test == 'true') {
    def report = new File(basedir, "target/surefire-reports/TEST-${type}.xml")
    assert report.isFile() : "README.md line ${line}: the tests of ${type} did not run (no ${report.name}); does" +
        " surefire include its name (*Test, Test*, *Tests, *TestCase)?"
    def suite = new groovy.xml.XmlSlurper().parse(report)
    assert (suite.@tests.text() as int) > 0 : "README.md line ${line}: ${type} ran no test"
    ['failures', 'errors', 'skipped'].each { assert (suite."@${it}".text() as int) == 0 :
        "README.md line ${line}: ${type} has ${suite."@${it}"} ${it}" }
  }
}

assert log.contains('BUILD SUCCESS')
// without a binding, SLF4J starts each test JVM with lines "SLF4J: Failed to load class …" (1.7) or "SLF4J(W): No SLF4J
// providers were found." (2.x)
def complaints = log.readLines().findAll { it.startsWith('SLF4J') }
assert complaints.isEmpty() : "the POM brings an SLF4J binding, yet SLF4J says: ${complaints}"
// the second invocation: glue-labels:export by its prefix, on the embedded fake
assert log =~ /\[INFO\] Labels downloaded to .*tfm-readme \(1 file, /
return true
