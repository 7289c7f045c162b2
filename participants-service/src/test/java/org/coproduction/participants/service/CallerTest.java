package org.coproduction.participants.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.coproduction.platform.problem.NotAllowedException;
import org.junit.jupiter.api.Test;

class CallerTest {

    private final UUID me = UUID.randomUUID();
    private final UUID someoneElse = UUID.randomUUID();

    @Test
    void aCoordinatorMayActOnAnyRecord() {
        assertThatCode(() -> Caller.coordinatorCaller().ensureMayAccess(someoneElse))
                .doesNotThrowAnyException();
        assertThatCode(() -> Caller.coordinatorCaller().ensureMayAccess(me)).doesNotThrowAnyException();
    }

    @Test
    void aParticipantMayActOnlyOnTheirOwnRecord() {
        assertThatCode(() -> Caller.participant(me).ensureMayAccess(me)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Caller.participant(me).ensureMayAccess(someoneElse))
                .isInstanceOf(NotAllowedException.class)
                .hasMessageContaining("only read and change their own record");
    }

    @Test
    void aParticipantWhoseTokenNamesNoParticipantMayActOnNobody() {
        Caller nobody = new Caller(false, Optional.empty());
        assertThatThrownBy(() -> nobody.ensureMayAccess(me)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> nobody.ensureMayAccess(someoneElse)).isInstanceOf(NotAllowedException.class);
    }
}
