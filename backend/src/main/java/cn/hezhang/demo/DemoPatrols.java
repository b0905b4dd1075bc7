package cn.hezhang.demo;

import java.awt.Color;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.hezhang.casework.PhotoUpload;
import cn.hezhang.patrol.PatrolCommands;
import cn.hezhang.patrol.PatrolDuties;
import cn.hezhang.patrol.PatrolQueries;
import cn.hezhang.patrol.PatrolRecording;
import cn.hezhang.patrol.TrackPoint;
import cn.hezhang.patrol.TravelMode;
import cn.hezhang.security.CurrentUser;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.shared.Times;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo patrols through the real recording API: tracks along 小黑河 and 大黑河 in Hohhot (walked from the reach
 * centres; the demo reaches have no line geometry), one patrol too short to count, a finding on 小黑河金河镇段 that
 * became a case, and the duties of the last five weeks, so compliance shows done, missed and open duties per region.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "hezhang.demo.enabled", havingValue = "true")
class DemoPatrols implements ApplicationRunner {
	private static final Logger log = LoggerFactory.getLogger(DemoPatrols.class);

	private final PatrolRecording recording;
	private final PatrolQueries queries;
	private final PatrolDuties duties;
	private final UserDirectory users;
	private final WaterbodyCatalog waterbodies;
	private final Clock clock;

	DemoPatrols(PatrolRecording recording, PatrolQueries queries, PatrolDuties duties, UserDirectory users,
			WaterbodyCatalog waterbodies, Clock clock) {
		this.recording = recording;
		this.queries = queries;
		this.duties = duties;
		this.users = users;
		this.waterbodies = waterbodies;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser jinhe = users.currentUser("inspector.jinhe");
		LocalDate today = LocalDate.ofInstant(clock.instant(), Times.CHINA);
		if (queries.list(jinhe, true, null, null, null, 0, 1).total() == 0) {
			Instant now = clock.instant();
			// 小黑河 runs roughly east to west through 赛罕区: walk west from the reach centres
			String finding = patrol(jinhe, "XHH-150105104", at(today.minusDays(7), 9, 0), 42, 62, 265, TravelMode.FOOT,
					"金河镇北界河岸堆放生活垃圾约 5 立方米, 已拍照。");
			patrol(jinhe, "XHH-150105104", now.minus(Duration.ofMinutes(100)), 40, 60, 275, TravelMode.FOOT, null);
			patrol(users.currentUser("chief.township"), "XHH-150105104", at(today.minusDays(12), 15, 30), 36, 70, 260,
					TravelMode.FOOT, null);
			patrol(users.currentUser("inspector.saihan"), "XHH-150105", at(today.minusDays(14), 10, 0), 45, 58, 270,
					TravelMode.FOOT, null);
			patrol(users.currentUser("inspector.saihan"), "DHH-150105", at(today.minusDays(6), 14, 0), 50, 55, 250,
					TravelMode.FOOT, null);
			// too short: 20 minutes, about 1 km
			patrol(users.currentUser("chief.saihan"), "DHH-150105", at(today.minusDays(33), 16, 0), 20, 50, 255,
					TravelMode.FOOT, null);
			// the city chief drives along 大黑河 (the whole water body)
			patrol(users.currentUser("chief.hohhot"), "DHH", at(today.minusDays(5), 9, 30), 40, 400, 250,
					TravelMode.VEHICLE, null);
			log.info("demo patrols recorded; a finding became case {}", finding);
		}
		// the duties of the last five weeks and of today (idempotent); past periods without a patrol are missed
		for (int back : new int[] { 35, 28, 21, 14, 10, 7, 0 }) {
			duties.openDuties(today.minusDays(back));
		}
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(Times.CHINA).toInstant();
	}

	/** Records a patrol of {@code minutes} with a fix a minute, {@code legMeters} apart, heading {@code bearing}. */
	private String patrol(CurrentUser who, String code, Instant start, int minutes, double legMeters, double bearing,
			TravelMode mode, String findingNote) {
		String id = UUID.nameUUIDFromBytes(("demo-patrol:" + who.username() + ":" + start).getBytes()).toString();
		Long reachId = null, waterBodyId;
		double lat, lon;
		var reach = waterbodies.reachByCode(code);
		if (reach.isPresent()) {
			reachId = reach.get().id();
			waterBodyId = reach.get().waterBodyId();
			lat = reach.get().centerLat().doubleValue();
			lon = reach.get().centerLon().doubleValue();
		}
		else {
			var body = waterbodies.waterBodyByCode(code).orElseThrow();
			waterBodyId = body.id();
			ReachView first = waterbodies.reaches(body.id()).stream().filter(r -> who.covers(r.regionCode())).findFirst()
				.orElseThrow();
			lat = first.centerLat().doubleValue();
			lon = first.centerLon().doubleValue();
		}
		recording.start(new PatrolCommands.Start(id, waterBodyId, reachId, mode, start), who);
		List<TrackPoint> points = new ArrayList<>();
		for (int i = 0; i <= minutes; i++) {
			double b = Math.toRadians(bearing + 25 * Math.sin(i / 6.0));
			points.add(new TrackPoint(i, start.plusSeconds(60L * i), lat, lon, 8.0));
			lat += legMeters * Math.cos(b) / 111_195.0;
			lon += legMeters * Math.sin(b) / (111_195.0 * Math.cos(Math.toRadians(lat)));
		}
		for (int from = 0; from < points.size(); from += 20) {
			recording.append(id, new PatrolCommands.Append(from / 20, points.subList(from, Math.min(points.size(), from + 20))),
					who);
		}
		String caseInfo = null;
		if (findingNote != null) {
			TrackPoint p = points.get(points.size() / 2);
			PhotoUpload photo = DemoPhotos.photo("Garbage on the bank", new Color(90, 110, 95));
			var added = recording.addFinding(id, new PatrolCommands.AddFinding(
					UUID.nameUUIDFromBytes(("demo-finding:" + id).getBytes()).toString(), p.at(), p.lat(), p.lon(),
					findingNote, true, "GARBAGE"), List.of(new PatrolCommands.Photo(photo.originalName(), photo.content())),
					who);
			caseInfo = String.valueOf(queries.finding(added.id()).map(f -> f.caseId()).orElse(null));
		}
		recording.end(id, new PatrolCommands.End(start.plus(Duration.ofMinutes(minutes + 2))), who);
		return caseInfo;
	}
}
