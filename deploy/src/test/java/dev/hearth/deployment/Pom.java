package dev.hearth.deployment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** A module's {@code pom.xml}, read as Maven reads its own elements (no inheritance, no interpolation). */
record Pom(String folder, Element project) {

    /** The pom in a folder relative to the repository root; {@code ""} is the root's. */
    static Pom in(String folder) {
        Path file = Repository.file(folder.isEmpty() ? "pom.xml" : folder + "/pom.xml");
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Pom(folder, factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    String artifactId() {
        return child(project, "artifactId").orElseThrow(() -> new AssertionError(folder + "/pom.xml has no artifactId"));
    }

    /** The project's own {@code <description>}, whitespace as written; empty when there is none. */
    Optional<String> description() {
        return child(project, "description");
    }

    /** The folders of its {@code <modules>}, relative to the repository root. */
    List<String> modules() {
        List<String> modules = new ArrayList<>();
        for (Element list : children(project, "modules")) {
            for (Element module : children(list, "module")) {
                String relative = module.getTextContent().strip();
                modules.add(Path.of(folder).resolve(relative).normalize().toString().replace('\\', '/'));
            }
        }
        return modules;
    }

    Optional<String> property(String name) {
        return children(project, "properties").stream().findFirst().flatMap(properties -> child(properties, name));
    }

    private static Optional<String> child(Element parent, String name) {
        return children(parent, name).stream().findFirst().map(Node::getTextContent);
    }

    /** Direct children only: a plugin's {@code <description>} or {@code <modules>} is not the project's. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
