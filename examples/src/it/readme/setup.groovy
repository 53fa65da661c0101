// Builds this project out of README.md, so that the README's snippets cannot drift:
// - a fenced block right after the line <!-- readme-project: <path> --> becomes the file <path> (the POM of "Add
//   glue-labels to your build", the labeling file of the JUnit example);
// - every ```java block becomes a source file under src/test/java, which Maven compiles, and whose tests surefire
//   runs. Each keeps README.md's line numbers (its first line is on the line it has in README.md) and sits under
//   src/test/java/README.md/, so that a compiler error names the README line. verify.groovy checks that every one was compiled and every test ran.
// Nothing is skipped silently: a java block that is not a whole compilation unit (no class, interface, enum or record,
// or two blocks declaring one type), a block of Java not marked java, or an unclosed fence fails the build here,
// naming the README line.
def readmeFile = new File(readme).canonicalFile
def lines = readmeFile.readLines('UTF-8')
def problems = []
def manifest = []
def declared = [:]

def JAVA_INFO = ~/(?i)^java$/
def FENCE = ~/^(\s*)(`{3,}|~{3,})\s*([^\s`]*).*$/
def MARKER = ~/^\s*<!--\s*readme-project:\s*(\S+)\s*-->\s*$/
def TYPE = ~/^(?:(?:public|protected|private|abstract|final|sealed|non-sealed|strictfp|static)\s+)*(?:class|interface|enum|record|@interface)\s+([A-Za-z_$][\w$]*)/
def PACKAGE = ~/^package\s+([\w.]+)\s*;/
// what Java looks like when it was not marked java: an import, a package, a type declaration, a test annotation
def LOOKS_LIKE_JAVA = ~/^\s*(import\s+(static\s+)?[\w.]+(\.\*)?\s*;|package\s+[\w.]+\s*;|((public|final|abstract)\s+)*(class|interface|enum|record)\s+\w+.*\{\s*$|@Test\b)/

int i = 0
while (i < lines.size()) {
  def open = FENCE.matcher(lines[i])
  if (!open.matches()) {
    i++
    continue
  }
  int fenceLine = i + 1
  int indent = open.group(1).length()
  String fence = open.group(2)
  String info = open.group(3)
  def body = []
  int j = i + 1
  while (j < lines.size() && !(lines[j] ==~ /^\s*${fence[0] == '`' ? '`' : '~'}{${fence.length()},}\s*$/)) {
    body << lines[j].replaceFirst(/^ {0,${indent}}/, '')
    j++
  }
  if (j == lines.size()) {
    problems << "README.md line ${fenceLine}: this ${fence} fence is never closed"
    break
  }
  int previous = i - 1
  while (previous >= 0 && lines[previous].trim().isEmpty()) {
    previous--
  }
  def marker = previous >= 0 ? MARKER.matcher(lines[previous]) : null
  if (marker != null && marker.matches()) {
    String path = marker.group(1)
    File target = new File(basedir, path).canonicalFile
    if (new File(path).absolute || !target.path.startsWith(basedir.canonicalPath + File.separator)) {
      problems << "README.md line ${previous + 1}: readme-project path ${path} must stay inside the project"
    } else {
      target.parentFile.mkdirs()
      target.setText(body.join('\n') + '\n', 'UTF-8')
      println "README.md line ${fenceLine}: ${fence}${info} block -> ${path}"
    }
  }
  if (JAVA_INFO.matcher(info).matches()) {
    def types = body.collect { TYPE.matcher(it) }.findAll { it.find() }.collect { it.group(1) }
    def publicType = body.find { it ==~ /^public\s+.*/ && TYPE.matcher(it).find() }?.with { TYPE.matcher(it).with { it.find(); it.group(1) } }
    String type = publicType ?: (types ? types[0] : null)
    if (type == null) {
      problems << "README.md line ${fenceLine}: this java block declares no class, interface, enum or record at the" +
          " start of a line. Every java block of README.md is compiled as a whole source file, with its imports:" +
          " make it one, or mark the block as something else than java"
    } else {
      String packageName = body.collect { PACKAGE.matcher(it) }.find { it.find() }?.group(1)
      String qualified = packageName ? "${packageName}.${type}" : type
      if (declared.containsKey(qualified)) {
        problems << "README.md line ${fenceLine}: this java block declares ${qualified}, as does the block of line" +
            " ${declared[qualified]}: give each block a type of its own"
      } else {
        declared[qualified] = fenceLine
        // under a folder named README.md, so that a compiler error reads ".../README.md/ExportTest.java:[372,5]":
        // javac does not ask a source file given to it to sit in its package's folder
        String path = "src/test/java/README.md/${qualified.replace('.', '/')}.java"
        File source = new File(basedir, path)
        source.parentFile.mkdirs()
        def numbered = ["// Generated from README.md by setup.groovy; line numbers are README.md's. Edit README.md."]
        numbered.addAll([''] * (fenceLine - 1))
        numbered.addAll(body)
        source.setText(numbered.join('\n') + '\n', 'UTF-8')
        boolean test = body.any { it =~ /@(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\b/ }
        manifest << [fenceLine, path, qualified, test].join('\t')
        println "README.md line ${fenceLine}: java block -> ${path}${test ? ' (a test)' : ''}"
      }
    }
  } else if (body.any { LOOKS_LIKE_JAVA.matcher(it).find() }) {
    problems << "README.md line ${fenceLine}: this block holds Java but is ${info ? "marked " + info : 'not marked'}, so the build would not" +
        " compile it: mark it java (as a whole source file, with its imports)"
  }
  i = j + 1
}

if (manifest.isEmpty()) {
  problems << "README.md has no java block: the JUnit example is gone, or this script no longer finds fences"
}
['pom.xml'].each { required ->
  if (!new File(basedir, required).isFile()) {
    problems << "README.md has no block marked <!-- readme-project: ${required} -->: the minimal POM of" +
        " \"Add glue-labels to your build\" must be marked so that the build tests it as given"
  }
}
if (problems) {
  throw new IllegalStateException("The snippets of ${readmeFile} cannot be built:\n" + problems.join('\n'))
}
new File(basedir, 'readme-blocks.txt').setText(manifest.join('\n') + '\n', 'UTF-8')
return true
