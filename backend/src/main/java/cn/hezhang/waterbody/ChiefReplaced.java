package cn.hezhang.waterbody;

/**
 * A chief's appointment ended and a successor took it over; modules that assigned work to the old chief
 * (e.g. policy approval tasks) move it to {@code successorUsername}.
 */
public record ChiefReplaced(Long waterBodyId, Long endedAppointmentId, Long successorAppointmentId,
		String predecessorUsername, String successorUsername) {
}
