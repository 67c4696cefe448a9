package dev.postmortems.jira.store.testing;

import dev.postmortems.jira.store.ActionEntity;
import dev.postmortems.jira.store.CauseCategoryEntity;
import dev.postmortems.jira.store.LessonsEntity;
import dev.postmortems.jira.store.PostmortemEntity;
import dev.postmortems.jira.store.PostmortemStartEntity;
import dev.postmortems.jira.store.ReviewEntity;
import dev.postmortems.jira.store.TimelineEntryEntity;
import dev.postmortems.jira.store.VerdictEntity;
import dev.postmortems.jira.store.IncidentEntity;
import dev.postmortems.jira.store.MeetingEntity;
import dev.postmortems.jira.store.MeasuresEntity;
import dev.postmortems.jira.store.WhyChainEntity;
import dev.postmortems.jira.store.WhyStepEntity;
import net.java.ao.RawEntity;

/** Every entity the descriptor's {@code <ao>} module declares: what Jira migrates for the app. */
public final class AppEntities {
    @SuppressWarnings("unchecked")
    public static final Class<? extends RawEntity<?>>[] ALL = new Class[] {TimelineEntryEntity.class, WhyChainEntity.class, WhyStepEntity.class, ActionEntity.class, PostmortemStartEntity.class,
            ReviewEntity.class, LessonsEntity.class, VerdictEntity.class, IncidentEntity.class, MeetingEntity.class, MeasuresEntity.class,
            CauseCategoryEntity.class, PostmortemEntity.class};

    private AppEntities() {
    }
}
