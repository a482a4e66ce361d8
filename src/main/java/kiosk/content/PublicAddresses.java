package kiosk.content;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Whether a URL an editor wrote (site.yaml's webhooks) reaches only the public internet. The server posts
 * to such URLs by itself, so one naming this machine, its private network or a cloud's metadata service
 * would let anyone who can commit content make the server call its own internal services (server-side
 * request forgery). A URL is public when it is {@code https} and every address its host resolves to is
 * public; a host that does not resolve now is judged again when it is used.
 */
public final class PublicAddresses {

    private PublicAddresses() {
    }

    /** Why {@code url} may not be used, or empty when it may: not https, or its host resolves to a non-public address. */
    public static Optional<String> whyNot(URI url) {
        if (!"https".equals(url.getScheme()) || url.getHost() == null) {
            return Optional.of("it is not an https URL with a host");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(url.getHost())) {
                Optional<String> why = whyNotPublic(address);
                if (why.isPresent()) {
                    return Optional.of(url.getHost() + " resolves to " + address.getHostAddress() + ", " + why.get());
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.empty(); // nothing to reach now; the delivery checks again
        }
    }

    /** Why {@code address} is not on the public internet, or empty when it is. */
    public static Optional<String> whyNotPublic(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address (this machine)");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("the any-address (this machine)");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address (cloud metadata services live at 169.254.169.254)");
        }
        if (address.isSiteLocalAddress()) {
            return Optional.of("a private address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            if (first == 0) {
                return Optional.of("an address of this network (0.0.0.0/8)");
            }
            if (first == 100 && second >= 64 && second < 128) {
                return Optional.of("a shared address (100.64.0.0/10: carrier-grade NAT, Alibaba Cloud's metadata service)");
            }
            if (first == 192 && second == 0 && (bytes[2] & 0xff) == 0) {
                return Optional.of("an IETF protocol address (192.0.0.0/24: Oracle Cloud's metadata service)");
            }
            if (first >= 240) {
                return Optional.of("a reserved address (240.0.0.0/4)");
            }
        } else if (address instanceof Inet6Address) {
            if ((bytes[0] & 0xfe) == 0xfc) {
                return Optional.of("a unique local address (fc00::/7: private, and AWS's metadata service fd00:ec2::254)");
            }
            if (isNat64(bytes)) {
                try {
                    return whyNotPublic(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException("four bytes are an IPv4 address", e);
                }
            }
        }
        return Optional.empty();
    }

    /** 64:ff9b::/96, an IPv4 address translated to IPv6 (NAT64): judged by the IPv4 address within. */
    private static boolean isNat64(byte[] bytes) {
        if (bytes[0] != 0 || bytes[1] != 0x64 || (bytes[2] & 0xff) != 0xff || (bytes[3] & 0xff) != 0x9b) {
            return false;
        }
        for (int i = 4; i < 12; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
