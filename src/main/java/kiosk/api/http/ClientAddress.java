package kiosk.api.http;

import java.util.Arrays;
import java.util.List;

/**
 * The address a client's views are rate-limited by. Behind reverse proxies (a load balancer, a CDN)
 * every connection comes from a proxy; each proxy appends the address it was connected from to
 * {@code X-Forwarded-For}. With {@code proxyHops} trusted proxies in front, the client is the entry
 * that many places from the right: entries further left were written by the client and could be
 * anything. Without trusted proxies the header is ignored, so a client cannot dodge its limit with it.
 */
final class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {
    }

    /**
     * @param connection   the address the connection came from
     * @param forwardedFor the request's {@value #FORWARDED_FOR} header, or null
     * @param proxyHops    how many proxies the server trusts to stand in front of it
     */
    static String of(String connection, String forwardedFor, int proxyHops) {
        if (proxyHops == 0 || forwardedFor == null) {
            return connection;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(hop -> !hop.isEmpty())
                .toList();
        // fewer entries than proxies: the request did not come through them all, so trust none
        return hops.size() < proxyHops ? connection : hops.get(hops.size() - proxyHops);
    }
}
