package cn.hezhang.publicity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The XML shape GeoReport v2 clients parse: list items named by the specification, nulls as empty elements. */
class Open311FormatTests {
	final ObjectMapper json = new ObjectMapper();

	@Test
	void listsNameTheirItemsAsTheSpecificationDoes() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service_request_id", "HZ2026-0000001");
		request.put("zipcode", null);
		request.put("notes", List.of(Map.of("summary", "已收到 <&>")));
		String xml = Open311Format.XML.write("service_requests", List.of(request), json);
		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
			.contains("<service_requests><request><service_request_id>HZ2026-0000001</service_request_id><zipcode/>"
					+ "<notes><note><summary>已收到 &lt;&amp;&gt;</summary></note></notes></request></service_requests>");
		assertThat(Open311Format.XML.write("errors", Open311Errors.errors(404, "x"), json))
			.endsWith("<errors><error><code>404</code><description>x</description></error></errors>");
	}

	@Test
	void jsonKeepsTheSameFieldsAndNulls() {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service_request_id", "HZ2026-0000001");
		request.put("zipcode", null);
		assertThat(Open311Format.JSON.write("service_requests", List.of(request), json))
			.isEqualTo("[{\"service_request_id\":\"HZ2026-0000001\",\"zipcode\":null}]");
	}

	@Test
	void datetimesAreW3cWithTheBeijingOffset() {
		assertThat(Open311Format.datetime(Instant.parse("2026-11-29T16:05:58.123Z"))).isEqualTo("2026-11-30T00:05:58+08:00");
		assertThat(Open311Format.datetime(null)).isNull();
	}

	@Test
	void theFormatFollowsTheExtension() {
		assertThat(Open311Format.of("json")).isEqualTo(Open311Format.JSON);
		assertThat(Open311Format.of("XML")).isEqualTo(Open311Format.XML);
		assertThat(Open311Format.of("html")).isNull();
		assertThat(Open311Format.ofPath("/open311/v2/requests.json")).isEqualTo(Open311Format.JSON);
		assertThat(Open311Format.ofPath("/open311/v2/requests")).isEqualTo(Open311Format.XML);
	}
}
