package dev.hearth.journal.couple;

import dev.hearth.platform.problem.AggregateCommand;
import dev.hearth.platform.problem.Rejection;

/** A command to one couple. A couple that was never started answers exactly like one the caller is not a partner of. */
public sealed interface CoupleCommand extends AggregateCommand permits StartCouple, InvitePartner, AcceptInvite,
        LeaveCouple, EraseCouple {

    String coupleId();

    @Override
    default Rejection aggregateNotFound() {
        return Rejection.coupleNotFound(coupleId());
    }
}
