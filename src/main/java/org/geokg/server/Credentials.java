package org.geokg.server;

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

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]";
    }
}
