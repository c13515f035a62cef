package org.geokg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The committed gazetteer TSVs equal what {@code scripts/build-gazetteer.py} makes from the
 * shared seed today, and the script keys names as {@link NameKey} does. Skipped where python3
 * or the seed ({@code geokg.shared}/gazetteer) is absent.
 */
class GazetteerSyncTest {
    @Test
    void generatedFilesAreInSyncWithTheScript() throws IOException, InterruptedException {
        Path seed = Path.of(System.getProperty("geokg.shared", "../shared"), "gazetteer");
        assumeTrue(Files.isRegularFile(seed.resolve("countries.csv")), "no seed at " + seed);
        assumeTrue(python3Available(), "python3 not on PATH");

        Process p = new ProcessBuilder("python3", "scripts/build-gazetteer.py", seed.toString(), "--check")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    @Test
    void nameKeyAgreesWithTheBuildScript() throws IOException, InterruptedException {
        assumeTrue(python3Available(), "python3 not on PATH");
        List<String> names = List.of("the U.S.", "Côte d’Ivoire", "Guinea-Bissau", "Straße", "ＵＳＡ",
                "São Tomé and Príncipe", "People's  Republic\tof China", "İstanbul", "Åland_Islands",
                "THE NETHERLANDS", "Lao People’s DR", "Nuku'alofa", "Réunion", "the", "Ǆungla ﬁ");
        String script = "import importlib.util, sys\n"
                + "spec = importlib.util.spec_from_file_location('b', 'scripts/build-gazetteer.py')\n"
                + "b = importlib.util.module_from_spec(spec); spec.loader.exec_module(b)\n"
                + "for line in sys.stdin.read().split('\\n'):\n"
                + "    print(b.name_key(line))\n";
        Process p = new ProcessBuilder("python3", "-c", script).start();
        try (var in = p.getOutputStream()) {
            in.write(String.join("\n", names).getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String errors = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(errors).isZero();
        assertThat(output.lines().toList()).isEqualTo(names.stream().map(NameKey::of).toList());
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
