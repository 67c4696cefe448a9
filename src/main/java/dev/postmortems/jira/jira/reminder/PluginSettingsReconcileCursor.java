package dev.postmortems.jira.jira.reminder;

import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import dev.postmortems.jira.service.reminder.ReconcileCursor;

/** The reconciliation's position in Jira's global plugin settings, shared by every node. */
public final class PluginSettingsReconcileCursor implements ReconcileCursor {
    private static final String PREFIX = "dev.postmortems.jira.reminders.reconciled-after.";

    private final PluginSettingsFactory pluginSettingsFactory;

    public PluginSettingsReconcileCursor(PluginSettingsFactory pluginSettingsFactory) {
        this.pluginSettingsFactory = pluginSettingsFactory;
    }

    @Override
    public long position(String kind) {
        Object value = pluginSettingsFactory.createGlobalSettings().get(PREFIX + kind);
        try {
            return value == null ? 0L : Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            return 0L; // start over: reconciling again is harmless
        }
    }

    @Override
    public void move(String kind, long afterTicketId) {
        pluginSettingsFactory.createGlobalSettings().put(PREFIX + kind, Long.toString(afterTicketId));
    }
}
