def reports = new GroovyShell(new Binding(basedir: basedir)).evaluate(new File(basedir, '../../../src/shared/reports.groovy'))
reports.scenariosPassed()
// surefire reports the @Nested classes (OverHttp, InProcess: 2 tests each) under the outer class
reports.passed('com.example.glue.WireMockNextToFakeGlueTest', 4)
