package org.pilab.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ServerHealthTest {

    private static final int DEFAULT_RISE = 2;
    private static final int DEFAULT_FALL = 3;
    private static final long T0 = 1_000_000L;

    private static ServerHealth checked() {
        return new ServerHealth(DEFAULT_RISE, DEFAULT_FALL, true, false, T0);
    }

    private static Transition fail(ServerHealth h, long now) {
        return h.onCheckResult(CheckStatus.L4CON, null, "Connection refused", 0, now);
    }

    private static Transition pass(ServerHealth h, long now) {
        return h.onCheckResult(CheckStatus.L7OK, 200, "", 1, now);
    }

    /** A fully UP server (health rise+fall-1), after one passed check at T0+1000. */
    private static ServerHealth fullyUp() {
        ServerHealth h = checked();
        pass(h, T0 + 1000);
        return h;
    }

    /** A fully DOWN server (health 0), after one failed check at T0+1000. */
    private static ServerHealth fullyDown() {
        ServerHealth h = checked();
        fail(h, T0 + 1000);
        return h;
    }

    // ---------------------------------------------------------------- startup

    @Test
    void shouldStartUpOneThirdWithIniWhenChecked() {
        ServerHealth h = checked();
        assertThat(h.state()).isEqualTo("UP 1/3");
        assertThat(h.health()).isEqualTo(2);
        assertThat(h.lastStatus()).isEqualTo(CheckStatus.INI);
        assertThat(h.isRunning()).isTrue();
        assertThat(h.isUp()).isTrue();
        assertThat(h.usable()).isTrue();
        assertThat(h.lastChangeMillis()).isEqualTo(T0);
        assertThat(h.chkfail()).isZero();
        assertThat(h.chkdown()).isZero();
        assertThat(h.lastDurationMillis()).isEqualTo(-1);
        assertThat(h.opState()).isEqualTo(ServerHealth.OpState.RUNNING);
        assertThat(h.checked()).isTrue();
    }

    @Test
    void shouldShowNoCheckWhenUnchecked() {
        ServerHealth h = new ServerHealth(2, 3, false, false, T0);
        assertThat(h.state()).isEqualTo("no check");
        assertThat(h.usable()).isTrue();
        assertThat(h.lastStatus()).isEqualTo(CheckStatus.UNK);
    }

    @Test
    void shouldStartInMaintWithHealthZeroWhenDisabled() {
        ServerHealth h = new ServerHealth(2, 3, true, true, T0);
        assertThat(h.state()).isEqualTo("MAINT");
        assertThat(h.health()).isZero();
        assertThat(h.chkdown()).isZero();
        assertThat(h.isRunning()).isFalse();
        assertThat(h.usable()).isFalse();
        assertThat(h.adminState()).isEqualTo(ServerHealth.ADMIN_FMAINT);
        assertThat(h.downtimeMillis(T0 + 5000)).isEqualTo(5000);
    }

    @Test
    void shouldShowMaintWhenUncheckedAndDisabled() {
        assertThat(new ServerHealth(2, 3, false, true, T0).state()).isEqualTo("MAINT");
    }

    @Test
    void shouldRejectRiseOrFallBelowOneWhenConstructed() {
        assertThatThrownBy(() -> new ServerHealth(0, 3, true, false, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServerHealth(2, 0, true, false, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldGoDownImmediatelyWhenFirstCheckFails() {
        ServerHealth h = checked();
        Transition t = fail(h, T0 + 10);
        assertThat(t).isEqualTo(new Transition("UP 1/3", "DOWN", true, false));
        assertThat(h.health()).isZero();
        assertThat(h.chkfail()).isEqualTo(1);
        assertThat(h.chkdown()).isEqualTo(1);
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 10);
    }

    @Test
    void shouldBecomeFullyUpWhenFirstCheckPasses() {
        ServerHealth h = checked();
        Transition t = pass(h, T0 + 10);
        assertThat(t).isEqualTo(new Transition("UP 1/3", "UP", false, false));
        assertThat(t.changed()).isTrue();
        assertThat(h.health()).isEqualTo(4);
        // already running: not a state change, lastchg kept
        assertThat(h.lastChangeMillis()).isEqualTo(T0);
        assertThat(h.lastStatus()).isEqualTo(CheckStatus.L7OK);
        assertThat(h.lastCode()).isEqualTo(200);
        assertThat(h.lastDurationMillis()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- UP -> DOWN

    @Test
    void shouldStepDownThroughUpTwoThirdsAndOneThirdWhenChecksFail() {
        ServerHealth h = fullyUp();
        List<String> states = new ArrayList<>();
        List<Transition> ts = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ts.add(fail(h, T0 + 1000 + i * 2000L));
            states.add(h.state());
        }
        assertThat(states).containsExactly("UP 2/3", "UP 1/3", "DOWN");
        assertThat(ts).extracting(Transition::wentDown).containsExactly(false, false, true);
        assertThat(ts).extracting(Transition::fromState).containsExactly("UP", "UP 2/3", "UP 1/3");
        assertThat(h.chkfail()).isEqualTo(3);
        assertThat(h.chkdown()).isEqualTo(1);
        assertThat(h.lastChangeMillis()).as("UP 2/3 steps do not reset lastchg").isEqualTo(T0 + 7000);
    }

    @Test
    void shouldKeepUsableWhileGoingDown() {
        ServerHealth h = fullyUp();
        fail(h, T0 + 2000);
        assertThat(h.state()).isEqualTo("UP 2/3");
        assertThat(h.usable()).isTrue();
        assertThat(h.isRunning()).isTrue();
    }

    @Test
    void shouldNotCountFailureWhenAlreadyFullyDown() {
        ServerHealth h = fullyDown();
        Transition t = fail(h, T0 + 3000);
        assertThat(t).isEqualTo(new Transition("DOWN", "DOWN", false, false));
        assertThat(t.changed()).isFalse();
        assertThat(h.chkfail()).isEqualTo(1);
        assertThat(h.chkdown()).isEqualTo(1);
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 1000);
    }

    @Test
    void shouldRecordInfoWhenCheckFails() {
        ServerHealth h = checked();
        h.onCheckResult(CheckStatus.L7STS, 500, "Internal Server Error", 1, T0 + 5);
        assertThat(h.lastStatus()).isEqualTo(CheckStatus.L7STS);
        assertThat(h.lastCode()).isEqualTo(500);
        assertThat(h.lastInfo()).isEqualTo("Internal Server Error");
        h.onCheckResult(CheckStatus.L4CON, null, null, 0, T0 + 10);
        assertThat(h.lastCode()).isNull();
        assertThat(h.lastInfo()).isEmpty();
        assertThat(h.lastDurationMillis()).isZero();
    }

    // ---------------------------------------------------------------- DOWN -> UP

    @Test
    void shouldGoUpThroughDownOneHalfWhenChecksPass() {
        ServerHealth h = fullyDown();
        Transition t1 = pass(h, T0 + 3000);
        assertThat(t1).isEqualTo(new Transition("DOWN", "DOWN 1/2", false, false));
        assertThat(h.usable()).isFalse();
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 1000);
        Transition t2 = pass(h, T0 + 5000);
        assertThat(t2).isEqualTo(new Transition("DOWN 1/2", "UP", false, true));
        assertThat(h.health()).isEqualTo(4);
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 5000);
        assertThat(h.usable()).isTrue();
    }

    @Test
    void shouldDropBackToDownWhenGoingUpFails() {
        ServerHealth h = fullyDown();
        pass(h, T0 + 3000);
        Transition t = fail(h, T0 + 5000);
        assertThat(t).isEqualTo(new Transition("DOWN 1/2", "DOWN", false, false));
        assertThat(h.chkfail()).as("health was > 0").isEqualTo(2);
        assertThat(h.chkdown()).isEqualTo(1);
    }

    @Test
    void shouldRecoverToFullyUpWhenPassingWhileGoingDown() {
        ServerHealth h = fullyUp();
        fail(h, T0 + 2000);
        fail(h, T0 + 4000);
        assertThat(h.state()).isEqualTo("UP 1/3");
        pass(h, T0 + 6000);
        assertThat(h.state()).isEqualTo("UP");
        assertThat(h.health()).isEqualTo(4);
    }

    @Test
    void shouldStayUpWhenPassingWhileFullyUp() {
        ServerHealth h = fullyUp();
        Transition t = pass(h, T0 + 3000);
        assertThat(t).isEqualTo(new Transition("UP", "UP", false, false));
        assertThat(h.health()).isEqualTo(4);
    }

    @Test
    void shouldIgnoreNeutralStatusWhenApplied() {
        ServerHealth h = fullyUp();
        Transition t = h.onCheckResult(CheckStatus.UNK, null, null, 0, T0 + 3000);
        assertThat(t.changed()).isFalse();
        assertThat(h.health()).isEqualTo(4);
        assertThat(h.lastStatus()).isEqualTo(CheckStatus.UNK);
    }

    // ---------------------------------------------------------------- edge counts

    @Test
    void shouldShowUp998Of1000WhenFall1000AfterTwoFailures() {
        ServerHealth h = new ServerHealth(2, 1000, true, false, T0);
        pass(h, T0 + 1);
        assertThat(h.state()).isEqualTo("UP");
        fail(h, T0 + 2);
        fail(h, T0 + 3);
        assertThat(h.state()).isEqualTo("UP 998/1000");
    }

    @Test
    void shouldShowDown2Of1000WhenRise1000() {
        ServerHealth h = new ServerHealth(1000, 3, true, false, T0);
        fail(h, T0 + 1);
        assertThat(h.state()).isEqualTo("DOWN");
        pass(h, T0 + 2);
        pass(h, T0 + 3);
        assertThat(h.state()).isEqualTo("DOWN 2/1000");
    }

    @Test
    void shouldGoUpOnFirstPassWhenRiseIsOne() {
        ServerHealth h = new ServerHealth(1, 3, true, false, T0);
        assertThat(h.state()).isEqualTo("UP 1/3");
        fail(h, T0 + 1);
        assertThat(h.state()).isEqualTo("DOWN");
        Transition t = pass(h, T0 + 2);
        assertThat(t).isEqualTo(new Transition("DOWN", "UP", false, true));
        assertThat(h.health()).isEqualTo(3);
    }

    @Test
    void shouldGoDownOnFirstFailureWhenFallIsOne() {
        ServerHealth h = new ServerHealth(2, 1, true, false, T0);
        assertThat(h.state()).as("health = rise = rise+fall-1").isEqualTo("UP");
        Transition t = fail(h, T0 + 1);
        assertThat(t).isEqualTo(new Transition("UP", "DOWN", true, false));
        pass(h, T0 + 2);
        assertThat(h.state()).isEqualTo("DOWN 1/2");
        pass(h, T0 + 3);
        assertThat(h.state()).isEqualTo("UP");
    }

    @Test
    void shouldFlipOnEveryCheckWhenRiseAndFallAreOne() {
        ServerHealth h = new ServerHealth(1, 1, true, false, T0);
        assertThat(h.state()).isEqualTo("UP");
        assertThat(fail(h, T0 + 1).wentDown()).isTrue();
        assertThat(pass(h, T0 + 2).wentUp()).isTrue();
        assertThat(h.state()).isEqualTo("UP");
    }

    // ---------------------------------------------------------------- NOLB (L7OKC, disable-on-404)

    @Test
    void shouldGoNolbWhenConditionallyPassedWhileUp() {
        ServerHealth h = fullyUp();
        Transition t = h.onCheckResult(CheckStatus.L7OKC, 404, "", 1, T0 + 3000);
        assertThat(t).isEqualTo(new Transition("UP", "NOLB", false, false));
        assertThat(h.usable()).isFalse();
        assertThat(h.isRunning()).isTrue();
        assertThat(h.opState()).isEqualTo(ServerHealth.OpState.STOPPING);
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 3000);
    }

    @Test
    void shouldLeaveNolbWhenCheckPassesAgain() {
        ServerHealth h = fullyUp();
        h.onCheckResult(CheckStatus.L7OKC, 404, "", 1, T0 + 3000);
        Transition t = pass(h, T0 + 5000);
        assertThat(t).isEqualTo(new Transition("NOLB", "UP", false, false));
        assertThat(h.usable()).isTrue();
    }

    @Test
    void shouldShowNolbGoingDownWhenNolbServerFails() {
        ServerHealth h = fullyUp();
        h.onCheckResult(CheckStatus.L7OKC, 404, "", 1, T0 + 3000);
        fail(h, T0 + 5000);
        assertThat(h.state()).isEqualTo("NOLB 2/3");
        fail(h, T0 + 7000);
        Transition t = fail(h, T0 + 9000);
        assertThat(t).isEqualTo(new Transition("NOLB 1/3", "DOWN", true, false));
    }

    @Test
    void shouldComeBackAsNolbWhenDownServerConditionallyPasses() {
        ServerHealth h = fullyDown();
        h.onCheckResult(CheckStatus.L7OKC, 404, "", 1, T0 + 3000);
        assertThat(h.state()).isEqualTo("DOWN 1/2");
        Transition t = h.onCheckResult(CheckStatus.L7OKC, 404, "", 1, T0 + 5000);
        assertThat(t).isEqualTo(new Transition("DOWN 1/2", "NOLB", false, true));
        assertThat(h.usable()).isFalse();
    }

    // ---------------------------------------------------------------- MAINT

    @Test
    void shouldEnterMaintAndCountChkdownWhenUp() {
        ServerHealth h = fullyUp();
        Transition t = h.setMaint(T0 + 3000);
        assertThat(t).isEqualTo(new Transition("UP", "MAINT", true, false));
        assertThat(h.chkdown()).isEqualTo(1);
        assertThat(h.health()).isZero();
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 3000);
        assertThat(h.usable()).isFalse();
        assertThat(h.opState()).isEqualTo(ServerHealth.OpState.STOPPED);
    }

    @Test
    void shouldNotCountChkdownNorResetLastchgWhenDownEntersMaint() {
        ServerHealth h = fullyDown();
        Transition t = h.setMaint(T0 + 3000);
        assertThat(t).isEqualTo(new Transition("DOWN", "MAINT", false, false));
        assertThat(h.chkdown()).isEqualTo(1);
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 1000);
    }

    @Test
    void shouldIgnoreSecondMaintWhenAlreadyInMaint() {
        ServerHealth h = fullyUp();
        h.setMaint(T0 + 3000);
        Transition t = h.setMaint(T0 + 4000);
        assertThat(t.changed()).isFalse();
        assertThat(h.chkdown()).isEqualTo(1);
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 3000);
    }

    @Test
    void shouldIgnoreCheckResultsWhenInMaint() {
        ServerHealth h = fullyUp();
        h.setMaint(T0 + 3000);
        Transition t = pass(h, T0 + 4000);
        assertThat(t).isEqualTo(new Transition("MAINT", "MAINT", false, false));
        assertThat(h.health()).isZero();
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 3000);
    }

    @Test
    void shouldLeaveMaintAsUpOneThirdWhenSetReady() {
        ServerHealth h = fullyUp();
        h.setMaint(T0 + 3000);
        Transition t = h.setReady(T0 + 8000);
        assertThat(t).isEqualTo(new Transition("MAINT", "UP 1/3", false, true));
        assertThat(h.health()).isEqualTo(2);
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 8000);
        assertThat(h.downtimeMillis(T0 + 9000)).isEqualTo(5000);
        assertThat(h.usable()).isTrue();
    }

    @Test
    void shouldGoDownAtOnceWhenFirstCheckAfterMaintFails() {
        ServerHealth h = fullyUp();
        h.setMaint(T0 + 3000);
        h.setReady(T0 + 4000);
        assertThat(fail(h, T0 + 5000)).isEqualTo(new Transition("UP 1/3", "DOWN", true, false));
        assertThat(h.chkdown()).isEqualTo(2);
    }

    @Test
    void shouldBeFullyUpWhenFirstCheckAfterMaintPasses() {
        ServerHealth h = fullyUp();
        h.setMaint(T0 + 3000);
        h.setReady(T0 + 4000);
        pass(h, T0 + 5000);
        assertThat(h.state()).isEqualTo("UP");
    }

    @Test
    void shouldLeaveConfigDisabledMaintWhenSetReady() {
        ServerHealth h = new ServerHealth(2, 3, true, true, T0);
        Transition t = h.setReady(T0 + 2000);
        assertThat(t).isEqualTo(new Transition("MAINT", "UP 1/3", false, true));
        assertThat(h.downtimeMillis(T0 + 10_000)).isEqualTo(2000);
    }

    @Test
    void shouldShowNoCheckWhenUncheckedLeavesMaint() {
        ServerHealth h = new ServerHealth(2, 3, false, true, T0);
        assertThat(h.setReady(T0 + 1).toState()).isEqualTo("no check");
    }

    @Test
    void shouldDoNothingWhenReadyServerSetReady() {
        ServerHealth h = fullyUp();
        Transition t = h.setReady(T0 + 3000);
        assertThat(t.changed()).isFalse();
        assertThat(h.lastChangeMillis()).isEqualTo(T0);
    }

    // ---------------------------------------------------------------- DRAIN

    @Test
    void shouldEnterDrainAndResetLastchgWhenUp() {
        ServerHealth h = fullyUp();
        Transition t = h.setDrain(T0 + 3000);
        assertThat(t).isEqualTo(new Transition("UP", "DRAIN", false, false));
        assertThat(h.usable()).isFalse();
        assertThat(h.isRunning()).isTrue();
        assertThat(h.chkdown()).isZero();
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 3000);
        assertThat(h.adminState()).isEqualTo(ServerHealth.ADMIN_FDRAIN);
    }

    @Test
    void shouldShowDrainFractionWhenDrainingServerFails() {
        ServerHealth h = fullyUp();
        h.setDrain(T0 + 3000);
        fail(h, T0 + 4000);
        assertThat(h.state()).isEqualTo("DRAIN 2/3");
        fail(h, T0 + 5000);
        Transition t = fail(h, T0 + 6000);
        assertThat(t).isEqualTo(new Transition("DRAIN 1/3", "DOWN", true, false));
        assertThat(h.drain()).isTrue();
        pass(h, T0 + 7000);
        assertThat(pass(h, T0 + 8000)).isEqualTo(new Transition("DOWN 1/2", "DRAIN", false, true));
    }

    @Test
    void shouldShowDrainFractionWhenStartingInDrain() {
        ServerHealth h = checked();
        h.setDrain(T0 + 1);
        assertThat(h.state()).isEqualTo("DRAIN 1/3");
    }

    @Test
    void shouldLeaveDrainAndResetLastchgWhenSetReady() {
        ServerHealth h = fullyUp();
        h.setDrain(T0 + 3000);
        Transition t = h.setReady(T0 + 4000);
        assertThat(t).isEqualTo(new Transition("DRAIN", "UP", false, false));
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 4000);
        assertThat(h.usable()).isTrue();
    }

    @Test
    void shouldCountChkdownWhenDrainEntersMaint() {
        ServerHealth h = fullyUp();
        h.setDrain(T0 + 3000);
        Transition t = h.setMaint(T0 + 4000);
        assertThat(t).isEqualTo(new Transition("DRAIN", "MAINT", true, false));
        assertThat(h.drain()).as("maint clears drain").isFalse();
        assertThat(h.chkdown()).isEqualTo(1);
    }

    @Test
    void shouldLeaveMaintIntoDrainWhenSetDrain() {
        ServerHealth h = fullyUp();
        h.setMaint(T0 + 3000);
        Transition t = h.setDrain(T0 + 4000);
        assertThat(t).isEqualTo(new Transition("MAINT", "DRAIN 1/3", false, true));
        assertThat(h.maint()).isFalse();
        assertThat(h.usable()).isFalse();
    }

    @Test
    void shouldKeepLastchgWhenDownServerEntersDrain() {
        ServerHealth h = fullyDown();
        Transition t = h.setDrain(T0 + 3000);
        assertThat(t).isEqualTo(new Transition("DOWN", "DOWN", false, false));
        assertThat(h.lastChangeMillis()).isEqualTo(T0 + 1000);
        assertThat(h.setDrain(T0 + 4000).changed()).isFalse();
    }

    // ---------------------------------------------------------------- forced health

    @Test
    void shouldForceDownWhenHealthDown() {
        ServerHealth h = fullyUp();
        Transition t = h.forceHealth("down", T0 + 3000);
        assertThat(t).isEqualTo(new Transition("UP", "DOWN", true, false));
        assertThat(h.health()).isZero();
        assertThat(h.chkdown()).isEqualTo(1);
        assertThat(h.chkfail()).isZero();
    }

    @Test
    void shouldForceFullyUpWhenHealthUp() {
        ServerHealth h = fullyDown();
        Transition t = h.forceHealth("up", T0 + 3000);
        assertThat(t).isEqualTo(new Transition("DOWN", "UP", false, true));
        assertThat(h.health()).isEqualTo(4);
    }

    @Test
    void shouldForceNolbWhenHealthStopping() {
        ServerHealth h = checked();
        Transition t = h.forceHealth("stopping", T0 + 3000);
        assertThat(t).isEqualTo(new Transition("UP 1/3", "NOLB", false, false));
        assertThat(h.usable()).isFalse();
        assertThat(h.forceHealth("up", T0 + 4000).toState()).isEqualTo("UP");
    }

    @Test
    void shouldOnlyChangeHealthWhenForcedInMaint() {
        ServerHealth h = fullyUp();
        h.setMaint(T0 + 3000);
        Transition t = h.forceHealth("up", T0 + 4000);
        assertThat(t.toState()).isEqualTo("MAINT");
        assertThat(h.health()).isEqualTo(4);
    }

    @Test
    void shouldRejectUnknownWordWhenForcingHealth() {
        assertThatThrownBy(() -> checked().forceHealth("sideways", T0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'set server <srv> health' expects 'up', 'stopping', or 'down'.");
    }

    // ---------------------------------------------------------------- disable / enable health

    @Test
    void shouldShowNoCheckAndRunWhenChecksDisabledOnDownServer() {
        ServerHealth h = fullyDown();
        Transition t = h.disableChecks(T0 + 5000);
        assertThat(t).isEqualTo(new Transition("DOWN", "no check", false, true));
        assertThat(h.usable()).isTrue();
        assertThat(h.downtimeMillis(T0 + 9000)).isEqualTo(4000);
    }

    @Test
    void shouldIgnoreCheckResultsWhenChecksDisabled() {
        ServerHealth h = fullyUp();
        h.disableChecks();
        assertThat(fail(h, T0 + 3000).changed()).isFalse();
        assertThat(h.state()).isEqualTo("no check");
        assertThat(h.chkfail()).isZero();
    }

    @Test
    void shouldResumeFromRiseWhenChecksReenabledAfterForcedUp() {
        ServerHealth h = fullyDown();
        h.disableChecks();
        h.enableChecks();
        assertThat(h.state()).isEqualTo("UP 1/3");
        assertThat(fail(h, T0 + 6000).toState()).isEqualTo("DOWN");
    }

    @Test
    void shouldKeepFullHealthWhenChecksReenabledOnUpServer() {
        ServerHealth h = fullyUp();
        h.disableChecks(T0 + 2000);
        assertThat(h.enableChecks(T0 + 3000)).isEqualTo(new Transition("no check", "UP", false, false));
    }

    @Test
    void shouldStartAtIniWhenChecksEnabledOnUncheckedServer() {
        ServerHealth h = new ServerHealth(2, 3, false, false, T0);
        h.enableChecks();
        assertThat(h.state()).isEqualTo("UP 1/3");
        assertThat(h.lastStatus()).isEqualTo(CheckStatus.INI);
    }

    // ---------------------------------------------------------------- counters and timing

    @Test
    void shouldAccumulateDowntimeWhenDownThenUp() {
        ServerHealth h = fullyDown();                 // DOWN at T0+1000
        assertThat(h.downtimeMillis(T0 + 1500)).isEqualTo(500);
        pass(h, T0 + 3000);
        pass(h, T0 + 5000);                           // UP at T0+5000
        assertThat(h.downtimeMillis(T0 + 9000)).isEqualTo(4000);
        fail(h, T0 + 10_000);
        fail(h, T0 + 11_000);
        fail(h, T0 + 12_000);                         // DOWN at T0+12000
        assertThat(h.downtimeMillis(T0 + 13_000)).isEqualTo(5000);
        assertThat(h.chkdown()).isEqualTo(2);
        assertThat(h.chkfail()).isEqualTo(4);
    }

    @Test
    void shouldKeepGrowingDowntimeWhenDownServerEntersMaint() {
        ServerHealth h = fullyDown();
        h.setMaint(T0 + 2000);
        assertThat(h.downtimeMillis(T0 + 6000)).isEqualTo(5000);
        h.setReady(T0 + 6000);
        assertThat(h.downtimeMillis(T0 + 20_000)).isEqualTo(5000);
    }

    @Test
    void shouldReportZeroDowntimeWhenNeverDown() {
        assertThat(fullyUp().downtimeMillis(T0 + 100_000)).isZero();
    }

    @Test
    void shouldUseFastinterWhenTransitional() {
        ServerHealth h = checked();                   // health = rise: not yet checked
        assertThat(h.nextIntervalMillis(2000, 500, 10_000)).isEqualTo(500);
        pass(h, T0 + 1);
        fail(h, T0 + 2);                              // UP 2/3
        assertThat(h.nextIntervalMillis(2000, 500, 10_000)).isEqualTo(500);
    }

    @Test
    void shouldUseInterWhenFullyUp() {
        assertThat(fullyUp().nextIntervalMillis(2000, 500, 10_000)).isEqualTo(2000);
    }

    @Test
    void shouldUseDowninterWhenFullyDown() {
        ServerHealth h = fullyDown();
        assertThat(h.nextIntervalMillis(2000, 500, 10_000)).isEqualTo(10_000);
        pass(h, T0 + 2000);                           // DOWN 1/2: going up
        assertThat(h.nextIntervalMillis(2000, 500, 10_000)).isEqualTo(500);
    }

    @Test
    void shouldFallBackToInterWhenFastinterAndDowninterUnset() {
        ServerHealth h = fullyDown();
        assertThat(h.nextIntervalMillis(2000, 0, 0)).isEqualTo(2000);
        assertThat(checked().nextIntervalMillis(2000, 0, 0)).isEqualTo(2000);
    }

    @Test
    void shouldTrackCheckInProgressUntilResultArrives() {
        ServerHealth h = checked();
        assertThat(h.checking()).isFalse();
        h.setCheckInProgress(true);
        assertThat(h.checking()).isTrue();
        pass(h, T0 + 1);
        assertThat(h.checking()).isFalse();
        h.setCheckInProgress(true);
        h.setMaint(T0 + 2);
        assertThat(h.checking()).isFalse();
    }

    @Test
    void shouldDescribeStateWhenPrinted() {
        assertThat(checked().toString()).contains("UP 1/3", "INI");
    }
}
