// Every test of the junit-tests example ran and passed, in parallel.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /Tests run: 29, Failures: 0, Errors: 0, Skipped: 0\s/ : 'all 29 tests ran and passed'
assert log.contains('BUILD SUCCESS')

def reports = new File(basedir, 'target/surefire-reports')
def testcases = reports.listFiles().findAll { it.name.endsWith('.xml') }
    .collectMany { new groovy.xml.XmlSlurper().parse(it).testcase.collect { it.@name.text() } }
['reportsFindings', 'unknownTransform', 'failedTaskRun', 'retried', 'givesUp', 'acrossParts', 'report', 'failure']
    .each { name -> assert testcases.any { it.startsWith(name) } : "test ${name} ran" }
assert testcases.count { it.startsWith('isolated') } == 8 : 'the eight parallel audits ran'
// junit-platform.properties runs the classes in parallel: a second class starts before the first one ends
def lines = log.readLines()
def firstEnd = lines.findIndexOf { it.contains('Tests run:') && it.contains(' -- in ') }
assert lines.subList(0, firstEnd).count { it.contains('[INFO] Running ') } >= 2 : 'test classes ran in parallel'
return true
