package kiosk.newsletter.mail;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * How to reach the SMTP server: {@code smtp://host:587} (STARTTLS as {@link #starttls} says) or
 * {@code smtps://host:465} (TLS from the first byte), with a user and password when it asks for them.
 * Server certificates are checked against the host name. The password never appears in
 * {@link #toString()}.
 */
public record SmtpSettings(URI server, Starttls starttls, String username, String password) {

    public enum Starttls {
        /** Refuse to send over a connection that could not be upgraded to TLS: the default. */
        REQUIRED,
        /** Upgrade when the server offers it. */
        OPTIONAL,
        /** Plain SMTP, for a relay on the same machine or network (or a test server). */
        OFF
    }

    /** A server that does not answer within this time is given up, and the mail retried. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    public SmtpSettings {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(starttls, "starttls");
        if (!"smtp".equals(server.getScheme()) && !"smtps".equals(server.getScheme()) || server.getHost() == null) {
            throw new IllegalArgumentException("not an smtp://host:port or smtps://host:port URL: " + server);
        }
    }

    boolean implicitTls() {
        return "smtps".equals(server.getScheme());
    }

    String protocol() {
        return server.getScheme();
    }

    int port() {
        return server.getPort() > 0 ? server.getPort() : implicitTls() ? 465 : 587;
    }

    /** Angus Mail's session properties for this server. */
    Properties sessionProperties() {
        String prefix = "mail." + protocol() + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "host", server.getHost());
        properties.setProperty(prefix + "port", String.valueOf(port()));
        properties.setProperty(prefix + "auth", String.valueOf(username != null));
        properties.setProperty(prefix + "connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        properties.setProperty(prefix + "timeout", String.valueOf(TIMEOUT.toMillis()));
        properties.setProperty(prefix + "writetimeout", String.valueOf(TIMEOUT.toMillis()));
        properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        if (implicitTls()) {
            properties.put(prefix + "ssl.socketFactory", NoDelaySockets.tls());
        } else {
            properties.put(prefix + "socketFactory", NoDelaySockets.plain());
        }
        if (!implicitTls()) {
            properties.setProperty(prefix + "starttls.enable", String.valueOf(starttls != Starttls.OFF));
            properties.setProperty(prefix + "starttls.required", String.valueOf(starttls == Starttls.REQUIRED));
        }
        return properties;
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + server + ", starttls " + starttls + (username == null ? "" : ", user " + username) + "]";
    }
}
