def reports = new GroovyShell(new Binding(basedir: basedir)).evaluate(new File(basedir, '../../../src/shared/reports.groovy'))
// the user's other tests ran and passed: the engine was not broken
reports.passed('com.example.app.PlainTest', 1)
def message = 'glue-labels-junit5 needs JUnit Jupiter 5.11 or newer, and this test runs on JUnit Jupiter 5.10.5'
reports.failedWith('com.example.glue.InProcessTest', message)
reports.failedWith('com.example.glue.OverHttpTest', message)
assert !new File(basedir, 'build.log').text.contains('IncompleteAnnotationException')
