package dev.postmortems.jira.jira.setup;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.issuetype.IssueType;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Makes sure one of the app's issue types exists, creating it with its bundled icon when it does not. */
final class IssueTypeSetup {
    /** Custom issue type avatars are created before the type exists, so they have no owner yet. */
    private static final String NO_OWNER = "0";

    private final IssueTypeManager issueTypeManager;
    private final AvatarManager avatarManager;
    private final InstalledTypes installedTypes;

    IssueTypeSetup(IssueTypeManager issueTypeManager, AvatarManager avatarManager, InstalledTypes installedTypes) {
        this.issueTypeManager = issueTypeManager;
        this.avatarManager = avatarManager;
        this.installedTypes = installedTypes;
    }

    SetupOutcome ensure(AppIssueType type) throws IOException {
        Optional<String> recordedId = installedTypes.issueTypeId(type);
        if (recordedId.isPresent() && issueTypeManager.getIssueType(recordedId.get()) != null) {
            return SetupOutcome.KEPT;
        }
        Optional<IssueType> sameName = issueTypeManager.getIssueTypes().stream()
                .filter(existing -> !existing.isSubTask() && type.defaultName().equals(existing.getName()))
                .findFirst();
        if (sameName.isPresent()) {
            installedTypes.recordIssueType(type, sameName.get().getId());
            return SetupOutcome.ADOPTED;
        }
        IssueType created = issueTypeManager.createIssueType(type.defaultName(), type.description(), createAvatar(type).getId());
        installedTypes.recordIssueType(type, created.getId());
        return SetupOutcome.CREATED;
    }

    private Avatar createAvatar(AppIssueType type) throws IOException {
        try (InputStream icon = IssueTypeSetup.class.getClassLoader().getResourceAsStream(type.iconLocation())) {
            if (icon == null) {
                throw new IOException("The bundled icon " + type.iconLocation() + " is missing from the app");
            }
            String fileName = type.iconLocation().substring(type.iconLocation().lastIndexOf('/') + 1);
            return avatarManager.create(fileName, "image/png", IconType.ISSUE_TYPE_ICON_TYPE, new IconOwningObjectId(NO_OWNER), icon, null);
        }
    }
}
