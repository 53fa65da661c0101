def log = new File(basedir, 'build.log').text
assert log.contains('this test fails on purpose')
assert log =~ /Tests run: 1, Failures: 1/

// failsafe's integration-test goal records the failure without failing the build, so post-integration-test runs:
// fake-stop stopped the fake and wrote its journal, and only then did failsafe's verify goal fail the build
def stopped = log.indexOf('Stopped the fake Glue + S3 at http://127.0.0.1:')
def verdict = log.indexOf('There are test failures')
assert stopped > 0
assert verdict > stopped
assert log.contains('BUILD FAILURE')
assert log =~ /Failed to execute goal org\.apache\.maven\.plugins:maven-failsafe-plugin:[0-9.]+:verify/

def journal = new File(basedir, 'target/glue-labels/fake-journal.txt').readLines()
assert journal[0].contains('stopped by glue-labels:fake-stop: 2 calls')
return true
