package cn.hezhang.publicity.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import cn.hezhang.shared.Times;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The two formats of GeoReport v2. An answer is built once as maps and lists with the specification's field names;
 * JSON writes it as is, XML names a list's items by the specification's element names ({@code services/service},
 * {@code service_requests/request}, {@code errors/error}, ...). Null fields are kept (JSON null, empty XML element).
 */
enum Open311Format {
	XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8)),
	JSON(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8));

	static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
	private static final XMLOutputFactory XML_OUT = XMLOutputFactory.newFactory();
	private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request",
			"errors", "error", "endpoints", "endpoint", "formats", "format", "attributes", "attribute", "values", "value",
			"notes", "note");

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return mediaType;
	}

	/** "xml" or "json"; null for anything else (which answers 404). */
	static Open311Format of(String extension) {
		if ("xml".equalsIgnoreCase(extension)) {
			return XML;
		}
		if ("json".equalsIgnoreCase(extension)) {
			return JSON;
		}
		return null;
	}

	/** JSON for a path ending in .json, else XML (the format every client must understand). */
	static Open311Format ofPath(String path) {
		return path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? JSON : XML;
	}

	static String datetime(Instant instant) {
		return instant == null ? null : W3C.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(Times.CHINA).toOffsetDateTime());
	}

	ResponseEntity<String> answer(int status, String root, Object body, ObjectMapper json) {
		return ResponseEntity.status(status).header(HttpHeaders.CONTENT_TYPE, mediaType.toString())
			.body(write(root, body, json));
	}

	String write(String root, Object body, ObjectMapper json) {
		if (this == JSON) {
			try {
				return json.writeValueAsString(body);
			}
			catch (JsonProcessingException e) {
				throw new IllegalStateException(e);
			}
		}
		JsonNode tree = json.valueToTree(body);
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML_OUT.createXMLStreamWriter(out);
			xml.writeStartDocument("utf-8", "1.0");
			element(xml, root, tree);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IllegalStateException(e);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, JsonNode node) throws XMLStreamException {
		if (node == null || node.isNull() || node.isMissingNode()) {
			xml.writeEmptyElement(name);
			return;
		}
		xml.writeStartElement(name);
		if (node.isArray()) {
			String item = ITEMS.getOrDefault(name, "item");
			for (JsonNode child : node) {
				element(xml, item, child);
			}
		}
		else if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				element(xml, field.getKey(), field.getValue());
			}
		}
		else {
			xml.writeCharacters(node.asText());
		}
		xml.writeEndElement();
	}
}
