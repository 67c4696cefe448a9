package dev.postmortems.jira.rest.reminder;

import com.fasterxml.jackson.databind.JsonNode;
import dev.postmortems.jira.jira.reminder.OverdueReminderJob;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.Messages;
import dev.postmortems.jira.service.blameless.BlamelessService;
import dev.postmortems.jira.service.reminder.ReminderSettingsService;
import dev.postmortems.jira.rest.testing.PostmortemAppRule;
import dev.postmortems.jira.rest.testing.PostmortemFixture;
import dev.postmortems.jira.rest.testing.RestServer.Reply;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import java.util.List;
import java.util.Map;

import static dev.postmortems.jira.rest.testing.PostmortemFixture.ADMIN;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.ANONYMOUS;
import static dev.postmortems.jira.rest.testing.PostmortemFixture.EDITOR;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** Jira administrators set how often the overdue reminders run. */
public class ReminderSettingsResourceTest {
    private static final String SETTINGS = "/config/reminders";

    @Rule
    public final PostmortemAppRule rule = new PostmortemAppRule();

    private PostmortemFixture app;

    @Before
    public void start() {
        app = rule.fixture();
    }

    @Test
    public void dailyUntilAnAdministratorChoosesAnotherIntervalWhichReschedulesTheOneJob() throws Exception {
        assertEquals(24, app.rest().get(ADMIN, SETTINGS).tree().get("intervalHours").asInt());

        Reply saved = app.rest().put(ADMIN, SETTINGS, Map.of("intervalHours", 6));

        assertEquals(saved.body(), 200, saved.status());
        assertEquals(6, saved.tree().get("intervalHours").asInt());
        assertEquals("6", app.jira().pluginSettings().createGlobalSettings().get(OverdueReminderJob.INTERVAL_SETTING));
        assertEquals("the one reminders job, rescheduled (and the once-after-start measures job)",
                java.util.Set.of(com.atlassian.scheduler.config.JobId.of("dev.postmortems.jira.overdue-reminders"),
                        dev.postmortems.jira.jira.insight.InsightsBackfillJob.JOB), app.jira().scheduler().jobs().keySet());
        assertEquals(6, app.bean(OverdueReminderJob.class).intervalHours());
    }

    @Test
    public void anIntervalOutsideOneHourToOneWeekIsRefused() throws Exception {
        for (Object hours : new Object[] {0, 169, "often"}) {
            Reply refused = app.rest().put(ADMIN, SETTINGS, Map.of("intervalHours", hours));
            assertEquals(String.valueOf(hours), 400, refused.status());
        }
        assertEquals("Choose a whole number of hours from 1 to 168.",
                app.rest().put(ADMIN, SETTINGS, Map.of("intervalHours", 0)).tree().get("errors").get("intervalHours").asText());
        assertEquals(24, app.rest().get(ADMIN, SETTINGS).tree().get("intervalHours").asInt());
    }

    @Test
    public void anAdministratorChoosesWhoWritesRemindersAndAPreDueReminderAndABadValueChangesNothing() throws Exception {
        assertEquals("", app.rest().get(ADMIN, SETTINGS).tree().get("author").asText());
        assertEquals(0, app.rest().get(ADMIN, SETTINGS).tree().get("daysBeforeDue").asInt());

        Reply saved = app.rest().put(ADMIN, SETTINGS, Map.of("author", " olivia ", "daysBeforeDue", 3));

        assertEquals(saved.body(), 200, saved.status());
        assertEquals("olivia", saved.tree().get("author").asText());
        assertEquals(3, saved.tree().get("daysBeforeDue").asInt());
        assertEquals(24, saved.tree().get("intervalHours").asInt());

        Reply refused = app.rest().put(ADMIN, SETTINGS, Map.of("author", "ghost", "daysBeforeDue", 31, "intervalHours", 6));
        assertEquals(refused.body(), 400, refused.status());
        assertEquals("There is no user ghost.", refused.tree().get("errors").get("author").asText());
        assertEquals("Choose 0 (no reminder before the due date) to 30 days.", refused.tree().get("errors").get("daysBeforeDue").asText());
        JsonNode kept = app.rest().get(ADMIN, SETTINGS).tree();
        assertEquals(List.of("olivia", "3", "24"), List.of(kept.get("author").asText(), kept.get("daysBeforeDue").asText(),
                kept.get("intervalHours").asText()));

        assertEquals("", app.rest().put(ADMIN, SETTINGS, Map.of("author", "")).tree().get("author").asText());
    }

    @Test
    public void onlyJiraAdministratorsSeeOrChangeIt() throws Exception {
        assertEquals(403, app.rest().get(EDITOR, SETTINGS).status());
        assertEquals(403, app.rest().put(EDITOR, SETTINGS, Map.of("intervalHours", 1)).status());
        assertEquals(401, app.rest().put(ANONYMOUS, SETTINGS, Map.of("intervalHours", 1)).status());
        assertEquals(24, app.bean(OverdueReminderJob.class).intervalHours());
    }

    /** Jira's REST layer refuses non-admins first; the service refuses them again, saying who may. */
    @Test
    public void theServicesOwnRefusalSaysWhoMayChangeIt() {
        for (Runnable change : List.<Runnable>of(() -> app.bean(ReminderSettingsService.class).change(1, null, null),
                () -> app.bean(BlamelessService.class).extraPhrases())) {
            ChangeNotAllowedException refused = assertThrows(ChangeNotAllowedException.class, () -> app.as(EDITOR, () -> {
                change.run();
                return null;
            }));
            assertEquals("Only Jira administrators may see and change the app's settings.",
                    app.bean(Messages.class).text(refused.messageKey(), refused.arguments().toArray()));
        }
    }
}
