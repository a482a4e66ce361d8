package kiosk.newsletter.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sockets with {@code TCP_NODELAY}, for Angus Mail's {@code socketFactory} properties. SMTP sends the
 * final {@code .} of a message as a few bytes right after the message: with Nagle's algorithm the system
 * holds them until the server acknowledges the message's last segment, which a server that has nothing
 * to answer yet delays by up to 40 ms. Measured here, that capped one connection at about 25 mails a
 * second; without it, the store's fsync is what paces a send.
 */
final class NoDelaySockets {

    private NoDelaySockets() {
    }

    /** Plain sockets (smtp://, upgraded by STARTTLS on the same socket). */
    static SocketFactory plain() {
        SocketFactory system = SocketFactory.getDefault();
        return new SocketFactory() {
            @Override
            public Socket createSocket() throws IOException {
                return noDelay(system.createSocket());
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return noDelay(system.createSocket(host, port));
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
                return noDelay(system.createSocket(host, port, local, localPort));
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return noDelay(system.createSocket(host, port));
            }

            @Override
            public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
                return noDelay(system.createSocket(host, port, local, localPort));
            }
        };
    }

    /** TLS sockets (smtps://), with the system's trust store and host checks. */
    static SSLSocketFactory tls() {
        SSLSocketFactory system = (SSLSocketFactory) SSLSocketFactory.getDefault();
        return new SSLSocketFactory() {
            @Override
            public String[] getDefaultCipherSuites() {
                return system.getDefaultCipherSuites();
            }

            @Override
            public String[] getSupportedCipherSuites() {
                return system.getSupportedCipherSuites();
            }

            @Override
            public Socket createSocket() throws IOException {
                return noDelay(system.createSocket());
            }

            @Override
            public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
                noDelay(socket);
                return system.createSocket(socket, host, port, autoClose);
            }

            @Override
            public Socket createSocket(String host, int port) throws IOException {
                return noDelay(system.createSocket(host, port));
            }

            @Override
            public Socket createSocket(String host, int port, InetAddress local, int localPort) throws IOException {
                return noDelay(system.createSocket(host, port, local, localPort));
            }

            @Override
            public Socket createSocket(InetAddress host, int port) throws IOException {
                return noDelay(system.createSocket(host, port));
            }

            @Override
            public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort) throws IOException {
                return noDelay(system.createSocket(host, port, local, localPort));
            }
        };
    }

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
