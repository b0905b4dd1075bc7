package cn.hezhang.patrol;

/** How the patrol moves: on foot (or by bicycle) or by car; decides the speed limit of the track check. */
public enum TravelMode {
	FOOT, VEHICLE
}
