package kiosk.cli;

import java.net.URI;
import java.util.Locale;
import kiosk.content.NewsletterConfig;
import kiosk.newsletter.mail.SmtpSettings;
import picocli.CommandLine.Option;

/** The SMTP server's options, shared by {@code serve} and {@code newsletter send}; each overrides site.yaml's. */
final class SmtpOptions {

    @Option(names = "--smtp", paramLabel = "URL",
            description = "The SMTP server: smtp://host:587 (STARTTLS) or smtps://host:465 (TLS). Default: newsletter.smtp"
                    + " in site.yaml.")
    URI server;

    @Option(names = "--smtp-starttls", paramLabel = "MODE",
            description = "For smtp:// URLs: required (default), optional or off (a relay on this machine or network).")
    SmtpSettings.Starttls starttls;

    @Option(names = "--smtp-user", paramLabel = "USER", description = "The SMTP user. Default: newsletter.username in site.yaml.")
    String username;

    @Option(names = "--smtp-password", paramLabel = "PASSWORD", defaultValue = "${env:KIOSK_SMTP_PASSWORD}",
            description = "The SMTP password. Default: the KIOSK_SMTP_PASSWORD environment variable, which keeps it out"
                    + " of the process list; never in site.yaml, which is in the content's git history.")
    String password;

    /** The settings from these options over site.yaml's, or null when neither names a server. */
    SmtpSettings settings(NewsletterConfig config) {
        URI chosen = server != null ? server : config.smtp();
        if (chosen == null) {
            return null;
        }
        SmtpSettings.Starttls mode = starttls != null ? starttls : config.starttls() == null ? SmtpSettings.Starttls.REQUIRED
                : SmtpSettings.Starttls.valueOf(config.starttls().toUpperCase(Locale.ROOT));
        String user = username != null ? username : config.username();
        return new SmtpSettings(chosen, mode, user, user == null ? null : password);
    }
}
