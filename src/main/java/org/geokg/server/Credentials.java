package org.geokg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A user name and password for HTTP Basic authentication of the write endpoints.
 * {@link #toString()} hides the password so that options can be logged safely.
 */
public record Credentials(String user, String password) {
    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank())
            throw new ServerException("Credentials: the user name is empty");
        if (user.contains(":"))
            throw new ServerException("Credentials: the user name '" + user + "' contains ':', which HTTP Basic authentication cannot carry");
        if (password.isEmpty())
            throw new ServerException("Credentials: the password of user '" + user + "' is empty");
    }

    /**
     * Reads credentials from a file holding one line {@code user:password} (blank lines and lines
     * starting with {@code #} are ignored), so the password stays out of the command line and
     * shell history.
     *
     * @throws ServerException naming the file and line if it cannot be read or is not in that form
     */
    public static Credentials read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ServerException("Cannot read the credentials file " + file + ": " + e.getMessage(), e);
        }
        Credentials found = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#"))
                continue;
            String place = file + ":" + (i + 1);
            if (found != null)
                throw new ServerException(place + ": a second user; the credentials file holds one line user:password");
            int colon = line.indexOf(':');
            if (colon < 0)
                throw new ServerException(place + ": expected user:password, found no ':'");
            try {
                found = new Credentials(line.substring(0, colon), line.substring(colon + 1));
            } catch (ServerException e) {
                throw new ServerException(place + ": " + e.getMessage(), e);
            }
        }
        if (found == null)
            throw new ServerException(file + ": no user:password line");
        return found;
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
