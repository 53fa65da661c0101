package io.github.gluelabels.fake;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * What listening on an address exposes, and the endpoint clients use to reach it. The fake checks no credentials, so
 * anything but loopback lets every machine that can reach the port read, write and delete its labels and buckets:
 * that deserves a warning. And an address that means "every interface" ({@code 0.0.0.0}, {@code ::}) is no address to
 * connect to: the endpoint names loopback of the same family instead.
 */
final class Exposure {

    private Exposure() {}

    /** @return whether the address is loopback only ({@code 127.0.0.1}, {@code ::1}, {@code localhost}) */
    static boolean isLoopback(String bindAddress) {
        InetAddress address = resolve(bindAddress);
        return address != null && address.isLoopbackAddress();
    }

    /**
     * @param bindAddress the address the fake listens on
     * @return the host part of the endpoint: for every interface, loopback of the same family ({@code 127.0.0.1},
     *     {@code [::1]}); an IPv6 address in brackets; any other address as given
     */
    static String endpointHost(String bindAddress) {
        InetAddress address = resolve(bindAddress);
        if (address != null && address.isAnyLocalAddress()) {
            return address instanceof Inet6Address ? "[::1]" : "127.0.0.1";
        }
        return bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    }

    /** @return the warning for a fake that listens on more than loopback */
    static String warning(String bindAddress, int port) {
        InetAddress address = resolve(bindAddress);
        String where = address != null && address.isAnyLocalAddress()
                ? "every network interface (" + bindAddress + ")"
                : bindAddress;
        return "the fake Glue + S3 listens on " + where + ", port " + port + ", not on loopback only: anyone who can "
                + "reach this machine on that port can read, change and delete its labels and buckets, for the fake checks "
                + "no credentials. Listen on 127.0.0.1 (the default) unless other machines must reach it.";
    }

    /** @return the address, or null when it is no literal address and does not resolve */
    private static InetAddress resolve(String bindAddress) {
        try {
            return InetAddress.getByName(bindAddress);
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
