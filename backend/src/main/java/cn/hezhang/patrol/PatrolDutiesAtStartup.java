package cn.hezhang.patrol;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Opens today's duties at start-up too (the daily run may have been missed while the app was down). */
@Component
@Order(100)
class PatrolDutiesAtStartup implements ApplicationRunner {
	private final PatrolDuties duties;

	PatrolDutiesAtStartup(PatrolDuties duties) {
		this.duties = duties;
	}

	@Override
	public void run(ApplicationArguments args) {
		duties.openTodaysDuties();
	}
}
