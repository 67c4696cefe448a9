package dev.postmortems.jira.rest.reminder;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import dev.postmortems.jira.service.reminder.ReminderSettingsService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /rest/postmortems/1.0/config/reminders}: how often overdue tickets are reminded; Jira administrators only. */
@AdminOnly
@Path("/config/reminders")
@Produces(MediaType.APPLICATION_JSON)
public final class ReminderSettingsResource {
    private final ReminderSettingsService service;

    @Inject
    public ReminderSettingsResource(ReminderSettingsService service) {
        this.service = service;
    }

    /** @param intervalHours hours between two runs of the reminders, 1 to 168 (default 24) */
    public record SettingsJson(Integer intervalHours) {
    }

    @GET
    public SettingsJson settings() {
        return new SettingsJson(service.intervalHours());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public SettingsJson save(SettingsJson settings) {
        return new SettingsJson(service.changeInterval(settings == null ? null : settings.intervalHours()));
    }
}
