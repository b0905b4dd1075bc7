package cn.hezhang.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the black-odorous API answers. */
public final class BlackOdorousViews {
	private BlackOdorousViews() {
	}

	public record BodySummary(Long id, Long waterBodyId, String name, String city, String place, String regionCode,
			String grade, String gradeLabel, String status, String statusLabel, String responsiblePerson,
			String chiefName, LocalDate deadline, int progress, boolean overdue, int rebounds) {
	}

	public record MilestoneView(Long id, String measure, String title, LocalDate dueDate, Instant doneAt,
			boolean overdue) {
	}

	public record EventView(String action, String note, String actor, Instant at) {
	}

	public record BodyDetail(BodySummary body, String identifiedBy, Integer surveyValid, Integer surveyBlack,
			List<String> measures, String planNote, Integer satisfaction, Instant identifiedAt, Instant publishedAt,
			Instant eliminatedAt, List<MilestoneView> milestones, List<EventView> timeline, List<String> actions,
			String currentGrade, Integer heavyPoints, Integer points) {
	}

	/** The public data set: no internal notes, no accounts, no ids of other modules. */
	public record PublicBody(String name, String city, String place, String grade, String gradeLabel, String status,
			String statusLabel, String responsiblePerson, String chiefName, LocalDate deadline, int progress) {
	}

	public record SurveyResult(boolean identified, int valid, int black, String share, String reason, Long bodyId) {
	}

	public record ReportView(Long id, String periodCode, String title, String trigger, int bodies, int eliminated,
			Instant generatedAt, String pdfUrl) {
	}
}
