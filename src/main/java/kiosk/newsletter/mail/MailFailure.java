package kiosk.newsletter.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Why a mail was not sent, told apart by the SMTP reply: 4xx and lost connections are transient (try
 * again later), 5xx is permanent for that address, a refused login stops everything. The
 * {@link #detail()} is the reply code or the kind of failure, never the server's text, which often
 * repeats the address ({@code 550 5.1.1 <...>: Recipient address rejected}).
 */
public final class MailFailure extends Exception {

    public enum Kind { TRANSIENT, PERMANENT, FATAL }

    private final Kind kind;
    private final String detail;

    private MailFailure(Kind kind, String detail) {
        super(kind.name().toLowerCase() + " failure: " + detail, null, false, false);
        this.kind = kind;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    /** Safe to log and store: an SMTP reply code or an exception's class name. */
    public String detail() {
        return detail;
    }

    static MailFailure transientFailure(String detail) {
        return new MailFailure(Kind.TRANSIENT, detail);
    }

    /** Classifies what Angus Mail threw; {@code transport} gives the last reply code when the exception has none. */
    static MailFailure of(MessagingException e, SMTPTransport transport) {
        if (e instanceof AuthenticationFailedException) {
            return new MailFailure(Kind.FATAL, "the SMTP server refused the login");
        }
        int code = replyCode(e);
        if (code == 0 && transport != null && transport.isConnected()) {
            code = transport.getLastReturnCode();
        }
        if (code >= 500 && code < 600) {
            return new MailFailure(Kind.PERMANENT, "SMTP " + code);
        }
        if (code >= 400 && code < 500) {
            return new MailFailure(Kind.TRANSIENT, "SMTP " + code);
        }
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new MailFailure(Kind.TRANSIENT, cause.getClass().getSimpleName());
    }

    private static int replyCode(MessagingException e) {
        for (Exception next = e; next != null;
             next = next instanceof MessagingException m ? m.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException failed) {
                return failed.getReturnCode();
            }
            if (next instanceof SMTPSendFailedException failed) {
                return failed.getReturnCode();
            }
            if (next instanceof SendFailedException sendFailed && sendFailed.getNextException() == null) {
                break;
            }
        }
        return 0;
    }
}
