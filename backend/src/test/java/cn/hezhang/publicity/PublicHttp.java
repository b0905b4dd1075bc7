package cn.hezhang.publicity;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * An anonymous client of the public endpoints, through the real filters, from one client address (each test class
 * its own, so the per-address limits of the shared context do not mix). Writes carry the CSRF token the way the
 * browser app sends it (cookie and header); Open311 needs none.
 */
final class PublicHttp {
	private final MockMvc mvc;
	private final ObjectMapper json;
	private final String address;

	PublicHttp(MockMvc mvc, ObjectMapper json, String address) {
		this.mvc = mvc;
		this.json = json;
		this.address = address;
	}

	/** A random address in 100.64.0.0/10 (shared address space: never a trusted proxy here). */
	static String randomAddress() {
		java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
		return "100." + (64 + r.nextInt(64)) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
	}

	PublicHttp from(String otherAddress) {
		return new PublicHttp(mvc, json, otherAddress);
	}

	String address() {
		return address;
	}

	Result get(String path, String... params) {
		MockHttpServletRequestBuilder b = MockMvcRequestBuilders.get(path);
		for (int i = 0; i + 1 < params.length; i += 2) {
			b.param(params[i], params[i + 1]);
		}
		return perform(b);
	}

	/** A form POST (application/x-www-form-urlencoded, UTF-8), as Open311 clients send. */
	Result postForm(String path, String... params) {
		StringBuilder body = new StringBuilder();
		for (int i = 0; i + 1 < params.length; i += 2) {
			if (params[i + 1] == null) {
				continue;
			}
			body.append(body.isEmpty() ? "" : "&").append(enc(params[i])).append('=').append(enc(params[i + 1]));
		}
		return perform(MockMvcRequestBuilders.post(path).contentType("application/x-www-form-urlencoded; charset=utf-8")
			.content(body.toString()));
	}

	/** The portal's report: a JSON part "report", photos, optional form fields and headers. */
	Result report(Map<String, ?> report, List<MockMultipartFile> photos, Map<String, String> fields,
			Map<String, String> headers) {
		try {
			MockMultipartHttpServletRequestBuilder b = MockMvcRequestBuilders.multipart("/api/public/cases");
			b.file(new MockMultipartFile("report", "", MediaType.APPLICATION_JSON_VALUE,
					json.writeValueAsString(report).getBytes(StandardCharsets.UTF_8)));
			photos.forEach(b::file);
			fields.forEach(b::param);
			headers.forEach(b::header);
			return perform(withCsrf(b));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	Result report(Map<String, ?> report, List<MockMultipartFile> photos) {
		return report(report, photos, Map.of(), Map.of());
	}

	static MockHttpServletRequestBuilder withCsrf(MockHttpServletRequestBuilder b) {
		String token = UUID.randomUUID().toString();
		return b.cookie(new Cookie("XSRF-TOKEN", token)).header("X-XSRF-TOKEN", token);
	}

	Result perform(MockHttpServletRequestBuilder b) {
		b.with(r -> {
			r.setRemoteAddr(address);
			return r;
		});
		try {
			MockHttpServletResponse r = mvc.perform(b).andReturn().getResponse();
			return new Result(r.getStatus(), r.getContentAsString(StandardCharsets.UTF_8), r.getContentType(),
					r.getHeader("Retry-After"));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String enc(String s) {
		return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	record Result(int status, String body, String contentType, String retryAfter) {
		JsonNode json() {
			try {
				return new ObjectMapper().readTree(body);
			}
			catch (Exception e) {
				throw new AssertionError("not JSON: " + this, e);
			}
		}

		Document xml() {
			try {
				DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
				f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
				return f.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
			}
			catch (Exception e) {
				throw new AssertionError("not XML: " + this, e);
			}
		}

		/** The text of the first node the XPath finds (null if none). */
		String xpath(String expression) {
			List<String> all = xpathAll(expression);
			return all.isEmpty() ? null : all.get(0);
		}

		List<String> xpathAll(String expression) {
			try {
				NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, xml(), XPathConstants.NODESET);
				List<String> texts = new ArrayList<>();
				for (int i = 0; i < nodes.getLength(); i++) {
					texts.add(nodes.item(i).getTextContent());
				}
				return texts;
			}
			catch (Exception e) {
				throw new AssertionError("XPath " + expression + " on " + this, e);
			}
		}

		@Override
		public String toString() {
			return status + " " + contentType + " " + body;
		}
	}
}
