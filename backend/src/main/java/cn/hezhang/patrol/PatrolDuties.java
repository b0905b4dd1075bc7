package cn.hezhang.patrol;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.hezhang.patrol.domain.Duties;
import cn.hezhang.patrol.domain.Duty;
import cn.hezhang.patrol.domain.DutyKind;
import cn.hezhang.patrol.domain.Patrol;
import cn.hezhang.patrol.domain.Patrols;
import cn.hezhang.patrol.process.PatrolDutyEngine;
import cn.hezhang.region.RegionDirectory;
import cn.hezhang.region.RegionView;
import cn.hezhang.security.Role;
import cn.hezhang.security.TaskGroups;
import cn.hezhang.security.UserDirectory;
import cn.hezhang.security.UserDirectory.UserSummary;
import cn.hezhang.shared.Times;
import cn.hezhang.waterbody.ReachView;
import cn.hezhang.waterbody.WaterbodyCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Patrol duties: who owes which patrol in which period. Chiefs and inspectors own the reaches of their region
 * (derived from the water-body registry until the appointment registry exists): township and county chiefs and
 * inspectors owe each reach, city and region chiefs each water body with a reach in their region. Each duty runs
 * {@code PatrolDutyProcess}; an effective patrol completes it, the period's end records it as missed.
 */
@Service
public class PatrolDuties {
	private static final Logger log = LoggerFactory.getLogger(PatrolDuties.class);

	private final Duties duties;
	private final Patrols patrols;
	private final UserDirectory users;
	private final RegionDirectory regions;
	private final WaterbodyCatalog waterbodies;
	private final PatrolDutyEngine engine;
	private final PatrolSettings settings;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate tx;
	private final Clock clock;

	PatrolDuties(Duties duties, Patrols patrols, UserDirectory users, RegionDirectory regions, WaterbodyCatalog waterbodies,
			PatrolDutyEngine engine, PatrolSettings settings, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Clock clock) {
		this.duties = duties;
		this.patrols = patrols;
		this.users = users;
		this.regions = regions;
		this.waterbodies = waterbodies;
		this.engine = engine;
		this.settings = settings;
		this.events = events;
		this.tx = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** Every day shortly after midnight (Beijing): opens the duties of the periods that contain today. */
	@Scheduled(cron = "${hezhang.patrol.open-duties-cron:0 10 0 * * *}", zone = "Asia/Shanghai")
	public void openTodaysDuties() {
		int opened = openDuties(LocalDate.ofInstant(clock.instant(), Times.CHINA));
		if (opened > 0) {
			log.info("opened {} patrol duties", opened);
		}
	}

	/** Opens the missing duties of the periods containing {@code day}, each in its own transaction; idempotent. */
	public int openDuties(LocalDate day) {
		int opened = 0;
		List<UserSummary> people = new ArrayList<>(users.withRole(Role.CHIEF));
		people.addAll(users.withRole(Role.INSPECTOR));
		for (UserSummary person : people) {
			if (person.regionCode() == null) {
				continue;
			}
			DutyKind kind = kindOf(person);
			PatrolPeriod period = kind.period(settings.frequency());
			PatrolPeriod.Range range = period.of(day);
			for (Target target : targets(person, kind)) {
				if (duties.findByDutyKey(Duty.key(person.id(), target.waterBodyId(), target.reachId(), range.start()))
					.isPresent()) {
					continue;
				}
				try {
					Boolean created = tx.execute(s -> open(person, kind, target, period, range));
					if (Boolean.TRUE.equals(created)) {
						opened++;
					}
				}
				catch (DataIntegrityViolationException e) {
					// another node opened it at the same moment
				}
			}
		}
		return opened;
	}

	record Target(Long waterBodyId, Long reachId, String name) {
	}

	DutyKind kindOf(UserSummary person) {
		if (person.role() == Role.INSPECTOR) {
			return DutyKind.INSPECTOR;
		}
		RegionView region = regions.get(person.regionCode());
		return switch (region.level()) {
			case REGION -> DutyKind.REGION_CHIEF;
			case CITY -> DutyKind.CITY_CHIEF;
			case COUNTY -> DutyKind.COUNTY_CHIEF;
			case TOWNSHIP -> DutyKind.TOWNSHIP_CHIEF;
		};
	}

	/**
	 * What a person owes patrols of: a chief his posts in the roster (a reach post that reach, a water-body post the
	 * water body, any reach of it counting); a chief not in the roster yet, and an inspector, the reaches of his region.
	 */
	List<Target> targets(UserSummary person, DutyKind kind) {
		if (person.role() == Role.CHIEF) {
			List<Target> appointed = waterbodies.currentPostsOf(person.username()).stream()
				.map(p -> new Target(p.waterBodyId(), p.reachId(), p.reachId() == null ? p.waterBodyName() : p.reachName()))
				.distinct()
				.toList();
			if (!appointed.isEmpty()) {
				return appointed;
			}
		}
		return targets(person.regionCode(), kind);
	}

	List<Target> targets(String regionCode, DutyKind kind) {
		List<ReachView> reaches = waterbodies.reachesInRegion(regions.get(regionCode).scopePrefix());
		if (kind.perReach()) {
			return reaches.stream().map(r -> new Target(r.waterBodyId(), r.id(), r.name())).toList();
		}
		Map<Long, Target> bodies = new LinkedHashMap<>();
		reaches.forEach(r -> bodies.putIfAbsent(r.waterBodyId(), new Target(r.waterBodyId(), null, r.waterBodyName())));
		return List.copyOf(bodies.values());
	}

	private boolean open(UserSummary person, DutyKind kind, Target target, PatrolPeriod period, PatrolPeriod.Range range) {
		if (duties.findByDutyKey(Duty.key(person.id(), target.waterBodyId(), target.reachId(), range.start())).isPresent()) {
			return false;
		}
		Instant now = clock.instant();
		Instant dueAt = range.end().plusDays(1).atStartOfDay(Times.CHINA).toInstant();
		Duty duty = duties.saveAndFlush(new Duty(person.id(), person.username(), person.displayName(), person.regionCode(),
				kind, target.waterBodyId(), target.reachId(), target.name(), period, range, dueAt, now));
		duty.attachProcess(engine.start(duty.businessKey(), duty.id(), TaskGroups.user(person.id()), dueAt));
		events.publishEvent(new PatrolDutyOpened(duty.id(), person.username(), person.regionCode(), target.waterBodyId(),
				target.reachId(), range.start(), range.end()));
		// a patrol already made in the period (before the duty was opened) fulfils it at once
		patrols.findEffective(person.id(), target.waterBodyId(), range.start().atStartOfDay(Times.CHINA).toInstant(), dueAt)
			.stream().filter(p -> target.reachId() == null || target.reachId().equals(p.reachId())).findFirst()
			.ifPresent(p -> {
				complete(duty, p, now);
				if (p.dutyId() == null) {
					p.fulfils(duty.id());
				}
			});
		return true;
	}

	/** The period ended without an effective patrol (called by the process's timer; idempotent). */
	@Transactional
	public void markMissed(Long dutyId) {
		duties.findById(dutyId).ifPresent(d -> {
			Instant now = clock.instant();
			if (d.miss(now)) {
				events.publishEvent(new PatrolMissed(d.id(), d.username(), d.regionCode(), d.waterBodyId(), d.reachId(),
						d.periodStart(), d.periodEnd(), now));
			}
		});
	}

	/** An effective patrol ended: completes every open duty it fulfils (inside the caller's transaction). */
	@Transactional
	public List<Long> completeWith(Patrol patrol) {
		LocalDate day = LocalDate.ofInstant(patrol.startedAt(), Times.CHINA);
		Instant now = clock.instant();
		List<Long> done = new ArrayList<>();
		for (Duty d : duties.findOpenFor(patrol.userId(), patrol.waterBodyId(), day)) {
			if (d.fulfilledBy(patrol.userId(), patrol.waterBodyId(), patrol.reachId(), day) && complete(d, patrol, now)) {
				done.add(d.id());
			}
		}
		if (!done.isEmpty()) {
			patrol.fulfils(done.get(0));
		}
		return done;
	}

	private boolean complete(Duty d, Patrol patrol, Instant now) {
		if (!d.complete(patrol.id(), now)) {
			return false;
		}
		engine.patrolDone(d.businessKey());
		events.publishEvent(new PatrolCompleted(d.id(), patrol.id(), d.username(), d.regionCode(), d.waterBodyId(),
				d.reachId(), d.periodStart(), d.periodEnd(), now));
		return true;
	}
}
