package kiosk.testing;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A scripted SMTP server on a free port of 127.0.0.1 that takes one connection at a time and keeps
 * nothing but counts: it refuses one recipient with {@code 550 5.1.1} (a mailbox that does not exist),
 * as a real server answers, and accepts every other mail. For the refusal test and the benchmark, where
 * storing 100,000 mails as GreenMail does would measure GreenMail.
 */
public final class SmtpSink implements AutoCloseable {

    private final List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong count = new AtomicLong();
    private final ServerSocket socket;
    private final String refused;
    private final boolean keepRecipients;
    private final Thread thread = new Thread(this::serve, "smtp-sink");

    private SmtpSink(String refused, boolean keepRecipients) throws Exception {
        this.socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        this.refused = refused;
        this.keepRecipients = keepRecipients;
        thread.setDaemon(true);
        thread.start();
    }

    /** Refuses {@code refused}, accepts and remembers every other recipient. */
    public static SmtpSink refusing(String refused) throws Exception {
        return new SmtpSink(refused, true);
    }

    /** Accepts everything and only counts. */
    public static SmtpSink counting() throws Exception {
        return new SmtpSink(null, false);
    }

    public int port() {
        return socket.getLocalPort();
    }

    public List<String> accepted() {
        return List.copyOf(accepted);
    }

    public long count() {
        return count.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = accepted(socket.accept());
                 BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII), 1 << 16);
                 PrintWriter out = new PrintWriter(client.getOutputStream(), false, StandardCharsets.US_ASCII)) {
                reply(out, "220 sink.test ESMTP");
                String recipient = null;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String command = line.length() > 10 ? line.substring(0, 10).toUpperCase() : line.toUpperCase();
                    if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                        reply(out, "250 sink.test");
                    } else if (command.startsWith("MAIL FROM")) {
                        reply(out, "250 2.1.0 OK");
                    } else if (command.startsWith("RCPT TO")) {
                        recipient = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                        reply(out, recipient.equals(refused) ? "550 5.1.1 mailbox unavailable" : "250 2.1.5 OK");
                    } else if (command.equals("DATA")) {
                        reply(out, "354 go ahead");
                        for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                            // the message itself is not kept
                        }
                        count.incrementAndGet();
                        if (keepRecipients) {
                            accepted.add(recipient);
                        }
                        reply(out, "250 2.0.0 queued");
                    } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                        reply(out, "250 OK");
                    } else if (command.startsWith("QUIT")) {
                        reply(out, "221 bye");
                        break;
                    } else {
                        reply(out, "502 not implemented");
                    }
                }
            } catch (Exception e) {
                // the client went away or the socket closed
            }
        }
    }

    /** Replies leave at once, as a real server's do (see NoDelaySockets in the newsletter's mail package). */
    private static Socket accepted(Socket client) throws java.io.IOException {
        client.setTcpNoDelay(true);
        return client;
    }

    private static void reply(PrintWriter out, String line) {
        out.print(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws Exception {
        socket.close();
        thread.join(5_000);
    }
}
