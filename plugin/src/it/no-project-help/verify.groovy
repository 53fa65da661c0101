// glue-labels:help -Ddetail describes every parameter of export, diff and import a user can set — with its default
// and its user property exactly as the plugin descriptor has them — and no other. Checked against the descriptor the
// build wrote (plugin.xml, passed in by the invoker configuration as pluginDescriptor), not against a hand-kept list.
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
['export', 'diff', 'import'].each { goal -> assert log =~ /(?m)^glue-labels:${goal}$/ }

def elements = { node, String name -> (0..<node.childNodes.length).collect { node.childNodes.item(it) }
    .findAll { it.nodeType == org.w3c.dom.Node.ELEMENT_NODE && it.nodeName == name } }
def text = { node, String name -> elements(node, name).with { it ? it[0].textContent.trim() : null } }

def factory = DocumentBuilderFactory.newInstance()
factory.setFeature('http://apache.org/xml/features/disallow-doctype-decl', true)
def plugin = factory.newDocumentBuilder().parse(new File(pluginDescriptor)).documentElement
// the part of the help about one goal: from its heading to the next goal's
def section = { String goal ->
  def from = (log =~ /(?m)^glue-labels:${goal}$/).with { it.find() ? it.end() : -1 }
  def next = (log.substring(from) =~ /(?m)^glue-labels:[a-z-]+$/).with { it.find() ? from + it.start() : log.length() }
  log.substring(from, next)
}
def requiredNames = [export: ['transformId', 'outputS3Path', 'summarize'], diff: ['from', 'to', 'diffReport'],
    'import': ['labels', 'inputS3Path', 'replaceAllLabels', 'backupS3Path']]

['export', 'diff', 'import'].each { goal ->
  def mojo = elements(elements(plugin, 'mojos')[0], 'mojo').find { text(it, 'goal') == goal }
  assert mojo : "${pluginDescriptor} has the goal ${goal}"
  def configuration = elements(mojo, 'configuration')[0]
  def expected = [:] // name -> [default, property], the parameters a user can set
  elements(elements(mojo, 'parameters')[0], 'parameter').findAll { text(it, 'editable') == 'true' }.each { parameter ->
    def name = text(parameter, 'name')
    def value = elements(configuration, name)[0]
    def expression = value?.textContent?.trim() ?: ''
    expected[name] = [value?.hasAttribute('default-value') ? value.getAttribute('default-value') : null,
        expression.startsWith('${') ? expression[2..-2] : null]
  }
  assert expected.keySet().containsAll(requiredNames[goal]) : "the descriptor was read: ${expected.keySet()}"

  // The help lists each parameter as "    name" or "    name (Default: value)", then its description indented by six
  // spaces, ending with "      User property: property".
  def described = [:]
  String current = null
  section(goal).eachLine { line ->
    def heading = line =~ /^    (\S+)(?: \(Default: (.*)\))?$/
    if (heading.matches()) {
      current = heading.group(1)
      described[current] = [heading.group(2), null]
    } else if (current != null) {
      def property = line =~ /^\s+User property: (\S+)$/
      if (property.matches()) {
        described[current][1] = property.group(1)
      }
    }
  }

  def missing = expected.keySet() - described.keySet()
  def extra = described.keySet() - expected.keySet()
  assert missing.isEmpty() : "${goal}: parameters of plugin.xml the help does not describe: ${missing}"
  assert extra.isEmpty() : "${goal}: parameters the help describes that plugin.xml does not have: ${extra}"
  expected.each { name, values ->
    assert described[name][0] == values[0] : "${goal}: the default of ${name}: the help says ${described[name][0]}, plugin.xml ${values[0]}"
    assert described[name][1] == values[1] : "${goal}: the property of ${name}: the help says ${described[name][1]}, plugin.xml ${values[1]}"
  }
}
return true
