package io.github.gluelabels.maven.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The goals and user-settable parameters of the plugin, as maven-plugin-plugin wrote them into
 * {@code META-INF/maven/plugin.xml}: the one source the README, the help goal and m2e's mapping are checked against.
 */
record PluginDescriptor(Path file, Map<String, List<Parameter>> goals) {

    /** Written by maven-plugin-plugin's descriptor goal (process-classes), before the tests run. */
    static final Path BUILT = Path.of("target", "classes", "META-INF", "maven", "plugin.xml");

    /**
     * A parameter a user can set.
     *
     * @param name its name in {@code <configuration>}
     * @param property its user property, or {@code null}
     * @param defaultValue its default as written in the descriptor, or {@code null} when the goal works one out
     */
    record Parameter(String name, String property, String defaultValue) {}

    static PluginDescriptor read() throws IOException {
        if (!Files.isRegularFile(BUILT)) {
            throw new IllegalStateException(BUILT.toAbsolutePath() + " is missing: run the tests through Maven (it is"
                    + " written by maven-plugin-plugin at process-classes)");
        }
        Document document = XmlFiles.parse(BUILT);
        Map<String, List<Parameter>> goals = new LinkedHashMap<>();
        for (Element mojo : XmlFiles.children(XmlFiles.child(document.getDocumentElement(), "mojos"), "mojo")) {
            goals.put(XmlFiles.text(mojo, "goal"), parameters(mojo));
        }
        return new PluginDescriptor(BUILT, goals);
    }

    private static List<Parameter> parameters(Element mojo) {
        Map<String, Element> configuration = new LinkedHashMap<>();
        Element configurationElement = XmlFiles.child(mojo, "configuration");
        if (configurationElement != null) {
            for (Element value : XmlFiles.children(configurationElement, null)) {
                configuration.put(value.getTagName(), value);
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        Element parametersElement = XmlFiles.child(mojo, "parameters");
        if (parametersElement == null) {
            return parameters;
        }
        for (Element parameter : XmlFiles.children(parametersElement, "parameter")) {
            if (!"true".equals(XmlFiles.text(parameter, "editable"))) {
                continue; // ${project}, ${session} and the like: not the user's to set
            }
            String name = XmlFiles.text(parameter, "name");
            Element value = configuration.get(name);
            String expression = value == null ? "" : value.getTextContent().trim();
            String property = expression.startsWith("${") && expression.endsWith("}")
                    ? expression.substring(2, expression.length() - 1)
                    : null;
            String defaultValue =
                    value == null || !value.hasAttribute("default-value") ? null : value.getAttribute("default-value");
            parameters.add(new Parameter(name, property, defaultValue));
        }
        return parameters;
    }

    /** Reading small XML files of our own build, with DTDs and external entities refused all the same. */
    static final class XmlFiles {
        private XmlFiles() {}

        static Document parse(Path file) throws IOException {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return factory.newDocumentBuilder().parse(file.toFile());
            } catch (ParserConfigurationException | SAXException e) {
                throw new IOException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        /** @return the first child element of that name, or {@code null} */
        static Element child(Element parent, String name) {
            List<Element> found = children(parent, name);
            return found.isEmpty() ? null : found.get(0);
        }

        /** @return the child elements of that name, or all of them for {@code null} */
        static List<Element> children(Element parent, String name) {
            List<Element> found = new ArrayList<>();
            NodeList nodes = parent.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                Node node = nodes.item(i);
                if (node instanceof Element element
                        && (name == null || element.getTagName().equals(name))) {
                    found.add(element);
                }
            }
            return found;
        }

        /** @return the trimmed text of the first child of that name, or {@code null} */
        static String text(Element parent, String name) {
            Element child = child(parent, name);
            return child == null ? null : child.getTextContent().trim();
        }
    }
}
