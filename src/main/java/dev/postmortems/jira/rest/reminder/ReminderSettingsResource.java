package dev.postmortems.jira.rest.reminder;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.postmortems.jira.service.reminder.ReminderSettings;
import dev.postmortems.jira.service.reminder.ReminderSettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /rest/postmortems/1.0/config/reminders}: how often tickets are looked at, who writes the reminders, and the
 * pre-due reminder; Jira administrators only.
 */
@AdminOnly
@Path("/config/reminders")
@Produces(MediaType.APPLICATION_JSON)
public final class ReminderSettingsResource {
    private final ReminderSettingsService service;

    @Inject
    public ReminderSettingsResource(ReminderSettingsService service) {
        this.service = service;
    }

    /**
     * @param intervalHours hours between two runs of the reminders, 1 to 168 (default 24)
     * @param author        the username reminders are written as; {@code ""} for none (Jira shows Anonymous)
     * @param daysBeforeDue days before the due date for a reminder; 0 (the default) for none
     */
    public record SettingsJson(Integer intervalHours, String author, Integer daysBeforeDue) {
        static SettingsJson of(ReminderSettings settings) {
            return new SettingsJson(settings.intervalHours(), settings.author().orElse(""), settings.daysBeforeDue());
        }
    }

    @GET
    public SettingsJson settings() {
        return SettingsJson.of(service.settings());
    }

    /** Changes what the body gives; a field left out keeps its setting. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsJson save(SettingsJson settings) {
        return SettingsJson.of(settings == null ? service.change(null, null, null)
                : service.change(settings.intervalHours(), settings.author(), settings.daysBeforeDue()));
    }
}
