package org.geokg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {
    @TempDir
    Path dir;

    @Test
    void readsOneUserPasswordLineSkippingCommentsAndKeepingColonsInThePassword() throws Exception {
        Path file = Files.writeString(dir.resolve("creds"), "# editor of the graph\n\neditor:pa:ss word\n");

        assertThat(Credentials.read(file)).isEqualTo(new Credentials("editor", "pa:ss word"));
    }

    @Test
    void namesFileAndLineOfAMalformedEntry() throws Exception {
        Path file = Files.writeString(dir.resolve("creds"), "# comment\neditor-without-password\n");

        assertThatThrownBy(() -> Credentials.read(file))
                .isInstanceOf(ServerException.class).hasMessage(file + ":2: expected user:password, found no ':'");
    }

    @Test
    void refusesAnEmptyPasswordAndASecondUser() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "editor:\n");
        Path two = Files.writeString(dir.resolve("two"), "a:x\nb:y\n");

        assertThatThrownBy(() -> Credentials.read(empty)).hasMessageStartingWith(empty + ":1: ").hasMessageContaining("password");
        assertThatThrownBy(() -> Credentials.read(two)).hasMessageStartingWith(two + ":2: a second user");
    }

    @Test
    void reportsAMissingFile() {
        Path missing = dir.resolve("missing");

        assertThatThrownBy(() -> Credentials.read(missing)).hasMessageContaining("Cannot read the credentials file " + missing);
    }
}
