def reports = new GroovyShell(new Binding(basedir: basedir)).evaluate(new File(basedir, '../../../src/shared/reports.groovy'))
reports.passed('com.example.app.PlainTest', 1)
def message = 'The AWS SDK for Java modules on the classpath are of different versions: sdk-core 2.40.2'
reports.failedWith('com.example.glue.InProcessTest', message)
reports.failedWith('com.example.glue.OverHttpTest', message)
assert !new File(basedir, 'build.log').text.contains('NoClassDefFoundError')
