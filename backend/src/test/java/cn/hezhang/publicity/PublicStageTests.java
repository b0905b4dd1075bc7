package cn.hezhang.publicity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.hezhang.casework.CaseStatus;
import org.junit.jupiter.api.Test;

/** The public follows four stages; every internal status maps to one, rejection and closure both end it. */
class PublicStageTests {
	@Test
	void everyStatusHasItsPublicStage() {
		assertThat(PublicStage.of(CaseStatus.REPORTED)).isEqualTo(PublicStage.RECEIVED);
		assertThat(PublicStage.of(CaseStatus.ACCEPTED)).isEqualTo(PublicStage.ACCEPTED);
		assertThat(PublicStage.of(CaseStatus.RECTIFYING)).isEqualTo(PublicStage.RECTIFYING);
		assertThat(PublicStage.of(CaseStatus.SUBMITTED)).isEqualTo(PublicStage.RECTIFYING);
		assertThat(PublicStage.of(CaseStatus.AWAITING_CLOSURE_APPROVAL)).isEqualTo(PublicStage.RECTIFYING);
		assertThat(PublicStage.of(CaseStatus.CLOSED)).isEqualTo(PublicStage.CLOSED);
		assertThat(PublicStage.of(CaseStatus.REJECTED)).isEqualTo(PublicStage.CLOSED);
	}
}
