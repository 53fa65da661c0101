// What the user projects' verify.groovy scripts check, read from surefire's XML reports: which test classes ran, how
// many tests, and how they ended. Loaded with: new GroovyShell().evaluate(new File(basedir, '../../../src/shared/reports.groovy')).
class Reports {
  File basedir

  /** The suite of one test class, as surefire reported it. */
  Map suite(String testClass) {
    File xml = new File(basedir, "target/surefire-reports/TEST-${testClass}.xml")
    assert xml.isFile() : "no surefire report for ${testClass} in ${xml.parentFile}"
    // counted from the test cases: surefire's own totals say 0 for a class whose tests are all in @Nested classes
    def cases = new groovy.xml.XmlSlurper().parse(xml).testcase
    return [tests: cases.size(), failures: cases.count { !it.failure.isEmpty() },
            errors: cases.count { !it.error.isEmpty() }, skipped: cases.count { !it.skipped.isEmpty() },
            text: xml.getText('UTF-8')]
  }

  /** Every test of the class passed, and there were that many. */
  void passed(String testClass, int tests) {
    def s = suite(testClass)
    assert s.tests == tests : "${testClass}: ${s.tests} tests, expected ${tests}"
    assert s.failures == 0 && s.errors == 0 && s.skipped == 0 : "${testClass}: ${s.failures} failures, ${s.errors} errors, ${s.skipped} skipped"
  }

  /** The scenarios every user project runs passed, over both transports. */
  void scenariosPassed() {
    passed('com.example.glue.InProcessTest', 5)
    passed('com.example.glue.OverHttpTest', 5)
  }

  /** Every test of the class failed, each with a message holding the text. */
  void failedWith(String testClass, String text) {
    def s = suite(testClass)
    assert s.tests > 0 && s.failures + s.errors == s.tests : "${testClass}: expected every test to fail, ${s}"
    assert s.text.contains(text) : "${testClass}: no failure says: ${text}"
  }
}
return new Reports(basedir: basedir)
