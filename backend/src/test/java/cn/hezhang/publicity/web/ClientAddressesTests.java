package cn.hezhang.publicity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import cn.hezhang.publicity.PublicitySettings;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** X-Forwarded-For is believed only from trusted proxies, read from the right. */
class ClientAddressesTests {
	static ClientAddresses trusting(String... cidrs) {
		return new ClientAddresses(new PublicitySettings(List.of(cidrs), "", Duration.ofMinutes(5), null, null, null));
	}

	static MockHttpServletRequest from(String remote, String forwardedFor) {
		MockHttpServletRequest r = new MockHttpServletRequest();
		r.setRemoteAddr(remote);
		if (forwardedFor != null) {
			r.addHeader("X-Forwarded-For", forwardedFor);
		}
		return r;
	}

	@Test
	void aDirectClientIsItsConnectionAddressWhateverItClaims() {
		ClientAddresses addresses = trusting("127.0.0.1/32", "::1/128");
		assertThat(addresses.of(from("203.0.113.7", "198.51.100.1"))).isEqualTo("203.0.113.7");
	}

	@Test
	void behindATrustedProxyTheClientIsTheRightMostUntrustedHop() {
		ClientAddresses addresses = trusting("127.0.0.1/32", "10.0.0.0/8");
		// client 203.0.113.7 claims 1.1.1.1; the edge proxy 10.0.0.5 appended the real address; the local proxy appended 10.0.0.5
		assertThat(addresses.of(from("127.0.0.1", "1.1.1.1, 203.0.113.7, 10.0.0.5"))).isEqualTo("203.0.113.7");
	}

	@Test
	void aTrustedProxyWithoutHeaderIsTheClient() {
		assertThat(trusting("127.0.0.1/32").of(from("127.0.0.1", null))).isEqualTo("127.0.0.1");
	}

	@Test
	void garbageInTheChainStopsTheWalk() {
		assertThat(trusting("127.0.0.1/32").of(from("127.0.0.1", "203.0.113.9, unknown"))).isEqualTo("127.0.0.1");
		assertThat(trusting("127.0.0.1/32").of(from("127.0.0.1", "evil.example.com"))).isEqualTo("127.0.0.1");
	}

	@Test
	void cidrsMatchByPrefixInBothFamilies() {
		ClientAddresses addresses = trusting("192.168.0.0/16", "fd00::/8");
		assertThat(addresses.isTrusted("192.168.200.1")).isTrue();
		assertThat(addresses.isTrusted("192.169.0.1")).isFalse();
		assertThat(addresses.isTrusted("fd12:3456::1")).isTrue();
		assertThat(addresses.isTrusted("fe80::1")).isFalse();
		assertThat(trusting("10.1.2.0/23").isTrusted("10.1.3.255")).isTrue();
		assertThat(trusting("10.1.2.0/23").isTrusted("10.1.4.0")).isFalse();
		// IPv6 loopback as Tomcat reports it, and IPv4-mapped addresses
		assertThat(trusting("::1/128").isTrusted("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(trusting("127.0.0.1/32").isTrusted("::ffff:127.0.0.1")).isTrue();
	}

	@Test
	void anUnreadableSettingFailsAtStartUp() {
		assertThatThrownBy(() -> trusting("proxy.internal")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("trusted-proxies");
		assertThatThrownBy(() -> trusting("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
	}
}
