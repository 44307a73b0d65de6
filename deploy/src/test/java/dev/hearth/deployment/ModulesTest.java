package dev.hearth.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The layout a newcomer reads: every folder with a pom is a module the build reaches from the root
 * pom (through aggregators such as platform/pom.xml), and every module says in one line what it is for.
 */
class ModulesTest {

    @Test
    void the_modules_the_root_pom_reaches_are_exactly_the_folders_that_hold_a_pom() {
        List<String> folders = Repository.files(file -> file.getFileName().toString().equals("pom.xml")).stream()
                .map(pom -> Path.of(pom).getParent())
                .filter(folder -> folder != null)
                .map(folder -> folder.toString().replace('\\', '/'))
                .toList();

        assertThat(modules()).as("listed in <modules>, root pom first").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(folders);
    }

    @Test
    void every_module_and_the_root_say_in_one_line_what_they_are_for() {
        List<String> poms = new ArrayList<>(List.of(""));
        poms.addAll(modules());

        for (String folder : poms) {
            Pom pom = Pom.in(folder);
            String where = (folder.isEmpty() ? "" : folder + "/") + "pom.xml (" + pom.artifactId() + ")";

            assertThat(pom.description()).as(where + " has a <description>").isPresent();
            assertThat(pom.description().orElseThrow().strip()).as(where).isNotBlank().doesNotContain("\n");
        }
    }

    /** Every module the root pom reaches, aggregators included, as folders relative to the root. */
    private static List<String> modules() {
        List<String> found = new ArrayList<>();
        List<String> toRead = new ArrayList<>(List.of(""));
        while (!toRead.isEmpty()) {
            List<String> children = Pom.in(toRead.remove(0)).modules();
            found.addAll(children);
            toRead.addAll(children);
        }
        return found;
    }
}
