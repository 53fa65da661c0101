def reports = new GroovyShell(new Binding(basedir: basedir)).evaluate(new File(basedir, '../../../src/shared/reports.groovy'))
reports.scenariosPassed()
