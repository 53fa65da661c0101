def reports = new GroovyShell(new Binding(basedir: basedir)).evaluate(new File(basedir, '../../../src/shared/reports.groovy'))
reports.passed('com.example.app.PlainTest', 1)
def message = 'glue-labels needs the AWS SDK for Java 2.40.2 or newer, and the classpath has 2.36.2'
reports.failedWith('com.example.glue.InProcessTest', message)
reports.failedWith('com.example.glue.OverHttpTest', message)
