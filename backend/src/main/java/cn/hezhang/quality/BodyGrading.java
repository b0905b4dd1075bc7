package cn.hezhang.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.hezhang.quality.domain.MonitoringSite;
import cn.hezhang.quality.domain.WqSites;
import cn.hezhang.quality.domain.Sample;
import cn.hezhang.quality.domain.WqSamples;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades a black-odorous water body from its detection points (guide: a point from all its data, the body from its
 * points, in order along the body): each point over its latest {@code hezhang.quality.point-window} samples with
 * black-odorous data (the guide's minimum of 3 measurements per point by default).
 */
@Component
@Transactional(readOnly = true)
class BodyGrading {
	private final WqSites sites;
	private final WqSamples samples;
	private final BlackOdorousClassifier classifier;
	private final QualitySettings settings;

	BodyGrading(WqSites sites, WqSamples samples, BlackOdorousClassifier classifier, QualitySettings settings) {
		this.sites = sites;
		this.samples = samples;
		this.classifier = classifier;
		this.settings = settings;
	}

	record PointData(MonitoringSite point, List<Sample> window) {
	}

	private List<PointData> windows(Long waterBodyId) {
		List<PointData> out = new ArrayList<>();
		for (MonitoringSite point : sites.findByWaterBodyIdAndKindOrderBySeqAscCodeAsc(waterBodyId,
				MonitoringSite.Kind.POINT)) {
			List<Sample> window = new ArrayList<>();
			for (Sample s : samples.findBySiteIdOrderBySampledAtDescIdDesc(point.id(), PageRequest.of(0, 100))) {
				if (s.boGrade() != null) {
					window.add(s);
					if (window.size() >= settings.pointWindow()) {
						break;
					}
				}
			}
			if (!window.isEmpty()) {
				out.add(new PointData(point, window));
			}
		}
		return out;
	}

	/** Empty when no point has black-odorous data. */
	Optional<WaterBodyAssessment> grade(Long waterBodyId) {
		List<PointAssessment> points = new ArrayList<>();
		for (PointData p : windows(waterBodyId)) {
			List<BlackOdorousMeasurement> data = new ArrayList<>();
			p.window().forEach(s -> data.addAll(SampleClassification.measurements(s)));
			points.add(classifier.gradePoint(data));
		}
		return points.isEmpty() ? Optional.empty() : Optional.of(classifier.gradeWaterBodyFromPoints(points));
	}

	/**
	 * "连续监测不再黑臭" (initial effect): every point with data has a full window of samples and none of their values
	 * reaches light — and all four indicators were measured in each point's latest sample.
	 */
	boolean cleanOverWindow(Long waterBodyId) {
		List<PointData> points = windows(waterBodyId);
		if (points.isEmpty()) {
			return false;
		}
		for (PointData p : points) {
			if (p.window().size() < settings.pointWindow()) {
				return false;
			}
			if (p.window().stream().anyMatch(s -> s.boGrade() != BlackOdorousGrade.NONE)) {
				return false;
			}
			if (SampleClassification.measurements(p.window().get(0)).stream()
				.map(BlackOdorousMeasurement::indicator)
				.distinct()
				.count() < BlackOdorousIndicator.values().length) {
				return false;
			}
		}
		return true;
	}

	/** All four indicators clear at every point now: each point's latest sample has the four, none light or heavy. */
	boolean allFourClearNow(Long waterBodyId) {
		List<PointData> points = windows(waterBodyId);
		if (points.isEmpty()) {
			return false;
		}
		for (PointData p : points) {
			Sample latest = p.window().get(0);
			if (latest.boGrade() != BlackOdorousGrade.NONE || SampleClassification.measurements(latest).stream()
				.map(BlackOdorousMeasurement::indicator)
				.distinct()
				.count() < BlackOdorousIndicator.values().length) {
				return false;
			}
		}
		return true;
	}
}
