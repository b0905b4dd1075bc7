package cn.hezhang.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Calls the real API (security filters included) as a demo user, over HTTP Basic. */
public class Api {
	public static final String PASSWORD = "Demo#2026";

	private final MockMvc mvc;
	private final ObjectMapper json;

	Api(MockMvc mvc, ObjectMapper json) {
		this.mvc = mvc;
		this.json = json;
	}

	public Caller as(String username) {
		return new Caller(username);
	}

	public Caller anonymous() {
		return new Caller(null);
	}

	public static byte[] png(int w, int h) {
		BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < w; x++) {
			for (int y = 0; y < h; y++) {
				img.setRGB(x, y, (x * 7 + y * 13) & 0xffffff);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(img, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public static MockMultipartFile photo(String name) {
		return new MockMultipartFile("photos", name, "image/png", png(40, 30));
	}

	public class Caller {
		private final String username;

		Caller(String username) {
			this.username = username;
		}

		public Response get(String path, Object... uriVars) {
			return perform(authenticated(MockMvcRequestBuilders.get(path, uriVars)));
		}

		public Response post(String path, Object body, Object... uriVars) {
			try {
				return perform(authenticated(MockMvcRequestBuilders.post(path, uriVars).contentType(MediaType.APPLICATION_JSON)
					.content(body instanceof String s ? s : json.writeValueAsString(body))));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		public Response put(String path, Object body, Object... uriVars) {
			try {
				return perform(authenticated(MockMvcRequestBuilders.put(path, uriVars).contentType(MediaType.APPLICATION_JSON)
					.content(body instanceof String s ? s : json.writeValueAsString(body))));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		public Response delete(String path, Object... uriVars) {
			return perform(authenticated(MockMvcRequestBuilders.delete(path, uriVars)));
		}

		/** A multipart POST with one JSON part and photo parts. */
		public Response multipart(String path, String partName, Object part, List<MockMultipartFile> photos,
				Object... uriVars) {
			try {
				MockMultipartHttpServletRequestBuilder b = MockMvcRequestBuilders.multipart(path, uriVars);
				b.file(new MockMultipartFile(partName, "", MediaType.APPLICATION_JSON_VALUE,
						json.writeValueAsString(part).getBytes(StandardCharsets.UTF_8)));
				photos.forEach(b::file);
				return perform(authenticated(b));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		private MockHttpServletRequestBuilder authenticated(MockHttpServletRequestBuilder b) {
			return username == null ? b : b.with(httpBasic(username, PASSWORD));
		}

		private Response perform(MockHttpServletRequestBuilder b) {
			try {
				MvcResult r = mvc.perform(b).andReturn();
				String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
				return new Response(r.getResponse().getStatus(), body.isEmpty() ? null : json.readTree(body),
						r.getResponse().getContentType());
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}
	}

	public record Response(int status, JsonNode body, String contentType) {
		public JsonNode at(String pointer) {
			return body.at(pointer);
		}

		public long id() {
			return body.get("id").asLong();
		}

		public List<String> fieldErrors() {
			return body == null || !body.has("errors") ? List.of()
					: java.util.stream.StreamSupport.stream(body.get("errors").spliterator(), false)
						.map(e -> e.get("field").asText()).toList();
		}

		@Override
		public String toString() {
			return status + " " + body;
		}
	}

}
