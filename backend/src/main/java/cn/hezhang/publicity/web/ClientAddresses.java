package cn.hezhang.publicity.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import cn.hezhang.publicity.PublicitySettings;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The client's address for the rate limits. X-Forwarded-For is believed only when the connection comes from a
 * trusted proxy ({@code hezhang.publicity.trusted-proxies}, CIDR); then the chain is read from the right and the
 * first address that is not itself a trusted proxy is the client. A client cannot forge its way past: whatever it
 * writes into the header lies to the left of the address its own proxy appended.
 */
@Component
class ClientAddresses {
	private final List<Cidr> trusted = new ArrayList<>();

	ClientAddresses(PublicitySettings settings) {
		settings.trustedProxies().stream().filter(s -> s != null && !s.isBlank()).forEach(s -> trusted.add(Cidr.parse(s.trim())));
	}

	String of(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		if (!isTrusted(address)) {
			return address;
		}
		String header = request.getHeader("X-Forwarded-For");
		if (header == null || header.isBlank()) {
			return address;
		}
		String[] hops = header.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].trim();
			if (!looksLikeIp(hop)) {
				break;
			}
			address = hop;
			if (!isTrusted(hop)) {
				break;
			}
		}
		return address;
	}

	boolean isTrusted(String address) {
		byte[] bytes = bytes(address);
		return bytes != null && trusted.stream().anyMatch(c -> c.contains(bytes));
	}

	static boolean looksLikeIp(String s) {
		return !s.isEmpty() && s.length() <= 45 && s.matches("[0-9A-Fa-f:.]+") && bytes(s) != null;
	}

	/** The address bytes of a literal IP (IPv4-mapped IPv6 as IPv4); null for anything else (no DNS lookup). */
	static byte[] bytes(String literal) {
		if (literal == null || literal.isBlank() || !literal.matches("[0-9A-Fa-f:.]+")) {
			return null;
		}
		try {
			byte[] b = InetAddress.getByName(literal).getAddress();
			if (b.length == 16 && isV4Mapped(b)) {
				byte[] v4 = new byte[4];
				System.arraycopy(b, 12, v4, 0, 4);
				return v4;
			}
			return b;
		}
		catch (UnknownHostException e) {
			return null;
		}
	}

	private static boolean isV4Mapped(byte[] b) {
		for (int i = 0; i < 10; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
	}

	record Cidr(byte[] network, int bits) {
		static Cidr parse(String spec) {
			int slash = spec.indexOf('/');
			byte[] net = bytes(slash < 0 ? spec : spec.substring(0, slash));
			if (net == null) {
				throw new IllegalArgumentException("hezhang.publicity.trusted-proxies: not an IP or CIDR: " + spec);
			}
			int bits = slash < 0 ? net.length * 8 : Integer.parseInt(spec.substring(slash + 1));
			if (bits < 0 || bits > net.length * 8) {
				throw new IllegalArgumentException("hezhang.publicity.trusted-proxies: bad prefix length: " + spec);
			}
			return new Cidr(net, bits);
		}

		boolean contains(byte[] address) {
			if (address.length != network.length) {
				return false;
			}
			int full = bits / 8, rest = bits % 8;
			for (int i = 0; i < full; i++) {
				if (address[i] != network[i]) {
					return false;
				}
			}
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (address[full] & mask) == (network[full] & mask);
		}
	}
}
