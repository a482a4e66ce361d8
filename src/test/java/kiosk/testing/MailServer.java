package kiosk.testing;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * GreenMail's SMTP server in the test's JVM on a free port, counting the mails delivered to each
 * address. A hook runs while GreenMail delivers a mail, before its 250 reply goes out: a test may
 * hold the reply there (to kill the sender while it waits for it).
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private volatile IntConsumer beforeReply = count -> { };

    private MailServer(ServerSetup setup) {
        greenMail = new GreenMail(setup);
        greenMail.start();
        greenMail.getUserManager().setMessageDeliveryHandler((message, address) -> {
            String email = address.getEmail().toLowerCase();
            delivered.computeIfAbsent(email, unused -> new AtomicInteger()).incrementAndGet();
            beforeReply.accept(total.incrementAndGet());
            return user(email);
        });
    }

    /** A server on a free port of 127.0.0.1. */
    public static MailServer start() {
        return new MailServer(ServerSetupTest.SMTP.dynamicPort());
    }

    /** A server on a free port that refuses mail from clients that did not log in as {@code user}. */
    public static MailServer withLogin(String user, String password) {
        MailServer server = new MailServer(ServerSetupTest.SMTP.dynamicPort());
        server.greenMail.setUser(user + "@kiosk.test", user, password);
        server.greenMail.getUserManager().setAuthRequired(true);
        return server;
    }

    /** A server on {@code port}: the same address again after a {@link #close()}. */
    public static MailServer start(int port) {
        return new MailServer(ServerSetupTest.SMTP.port(port));
    }

    private GreenMailUser user(String email) {
        GreenMailUser user = greenMail.getUserManager().getUserByEmail(email);
        try {
            return user != null ? user : greenMail.getUserManager().createUser(email, email, email);
        } catch (UserException e) {
            throw new IllegalStateException(e);
        }
    }

    public int port() {
        return greenMail.getSmtp().getPort();
    }

    /** {@code smtp://127.0.0.1:port}, for {@code --smtp} (with {@code --smtp-starttls off}). */
    public String url() {
        return "smtp://127.0.0.1:" + port();
    }

    /** Runs with the count of mails delivered so far, before the reply to the last one. */
    public void beforeReply(IntConsumer hook) {
        this.beforeReply = hook;
    }

    public int delivered(String address) {
        AtomicInteger count = delivered.get(address.toLowerCase());
        return count == null ? 0 : count.get();
    }

    public Map<String, Integer> deliveredByAddress() {
        Map<String, Integer> copy = new ConcurrentHashMap<>();
        delivered.forEach((address, count) -> copy.put(address, count.get()));
        return copy;
    }

    public int total() {
        return total.get();
    }

    public List<MimeMessage> messages() {
        return List.of(greenMail.getReceivedMessages());
    }

    /** Waits until {@code count} mails arrived, up to 30 s. */
    public boolean awaitTotal(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (total.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return total.get() >= count;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
