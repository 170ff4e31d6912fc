package vn.parindex.appraisal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** More than half of all active members: abstentions and silence count as not approving. */
class CouncilMajorityTest {

    @Test
    void moreThanHalfOfTheActiveMembersIsNeeded() {
        assertThat(new CouncilMajority(3, 2).approved()).isTrue();
        assertThat(new CouncilMajority(3, 1).approved()).isFalse();
        assertThat(new CouncilMajority(4, 2).approved())
                .as("half is not more than half")
                .isFalse();
        assertThat(new CouncilMajority(4, 3).approved()).isTrue();
        assertThat(new CouncilMajority(4, 2).needed()).isEqualTo(3);
        assertThat(new CouncilMajority(5, 3).needed()).isEqualTo(3);
        assertThat(new CouncilMajority(0, 0).approved())
                .as("no council approves nothing")
                .isFalse();
    }
}
