// glue-labels:help -Ddetail -Dgoal=export describes every parameter of export a user can set — with its default and
// its user property exactly as the plugin descriptor has them — and no other. Checked against the descriptor the
// build wrote (plugin.xml, passed in by the invoker configuration as pluginDescriptor), not against a hand-kept list.
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log =~ /(?m)^glue-labels:export$/
assert !(log =~ /(?m)^glue-labels:fake-start$/) : 'only the export goal is described'

def elements = { node, String name -> (0..<node.childNodes.length).collect { node.childNodes.item(it) }
    .findAll { it.nodeType == org.w3c.dom.Node.ELEMENT_NODE && it.nodeName == name } }
def text = { node, String name -> elements(node, name).with { it ? it[0].textContent.trim() : null } }

def factory = DocumentBuilderFactory.newInstance()
factory.setFeature('http://apache.org/xml/features/disallow-doctype-decl', true)
def plugin = factory.newDocumentBuilder().parse(new File(pluginDescriptor)).documentElement
def mojo = elements(elements(plugin, 'mojos')[0], 'mojo').find { text(it, 'goal') == 'export' }
assert mojo : "${pluginDescriptor} has the goal export"
def configuration = elements(mojo, 'configuration')[0]
def expected = [:] // name -> [default, property], the parameters a user can set
elements(elements(mojo, 'parameters')[0], 'parameter').findAll { text(it, 'editable') == 'true' }.each { parameter ->
  def name = text(parameter, 'name')
  def value = elements(configuration, name)[0]
  def expression = value?.textContent?.trim() ?: ''
  expected[name] = [value?.hasAttribute('default-value') ? value.getAttribute('default-value') : null,
      expression.startsWith('${') ? expression[2..-2] : null]
}
assert expected.keySet().containsAll(['transformId', 'outputS3Path', 'summarize']) :
    "the descriptor was read: ${expected.keySet()}"

// The help lists each parameter as "    name" or "    name (Default: value)", then its description indented by six
// spaces, ending with "      User property: property".
def described = [:]
String current = null
log.substring(log.indexOf('Available parameters:')).eachLine { line ->
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
assert missing.isEmpty() : "parameters of plugin.xml the help does not describe: ${missing}"
assert extra.isEmpty() : "parameters the help describes that plugin.xml does not have: ${extra}"
expected.each { name, values ->
  assert described[name][0] == values[0] : "the default of ${name}: the help says ${described[name][0]}, plugin.xml ${values[0]}"
  assert described[name][1] == values[1] : "the property of ${name}: the help says ${described[name][1]}, plugin.xml ${values[1]}"
}
return true
