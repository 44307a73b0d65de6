package dev.hearth.commitment.promise.adapter;

import dev.hearth.commitment.promise.ReleaseOnLeave;
import dev.hearth.commitment.promise.view.PromiseList;
import dev.hearth.platform.axon.Commands;
import dev.hearth.platform.consumer.view.MembershipFoldView.CoupleEnding;
import dev.hearth.platform.mongo.Roster;
import org.springframework.stereotype.Component;

/**
 * A couple's promises when it ends. A partner left: every promise its list shows open is released,
 * without blame, by the leaver ({@code PARTNER_LEFT}), its deadline cancelled — before the membership
 * view records the leave, so a crash releases the rest on the redelivery; a promise released already
 * is left as it is. Heard again once the leave is recorded; one made a moment before the leave and
 * not listed yet is released when the list files it ({@code PromiseListView}).
 */
@Component
class PromisesOfEndedCouples implements CoupleEnding {

    private final PromiseList list;
    private final Commands commands;

    PromisesOfEndedCouples(PromiseList list, Commands commands) {
        this.list = list;
        this.commands = commands;
    }

    @Override
    public void left(String coupleId, Roster roster) {
        if (roster.departed().isEmpty()) {
            return;
        }
        String leaver = roster.departed().getLast();
        for (String promiseId : list.open(coupleId)) {
            commands.send(new ReleaseOnLeave(promiseId, coupleId, leaver));
        }
    }
}
