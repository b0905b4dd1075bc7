package cn.hezhang.inbox;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by a module that owns a process: turns business keys into a line of text and a link for the
 * inbox (one query per page, not per task).
 */
public interface InboxSubjects {
	/** The BPMN process id whose tasks this describes. */
	String processKey();

	Map<String, Subject> describe(Collection<String> businessKeys);

	record Subject(String text, String link) {
	}
}
