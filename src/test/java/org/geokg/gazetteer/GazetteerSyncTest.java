package org.geokg.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The committed gazetteer TSVs equal what {@code scripts/build-gazetteer.py} makes from the
 * shared seed today. Skipped where python3 or the seed ({@code geokg.shared}/gazetteer) is absent.
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
