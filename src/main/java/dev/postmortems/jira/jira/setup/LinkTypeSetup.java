package dev.postmortems.jira.jira.setup;

import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;

import java.util.Collection;
import java.util.Optional;

/** Makes sure one of the app's issue link types exists. */
final class LinkTypeSetup {
    private final IssueLinkTypeManager issueLinkTypeManager;
    private final InstalledTypes installedTypes;

    LinkTypeSetup(IssueLinkTypeManager issueLinkTypeManager, InstalledTypes installedTypes) {
        this.issueLinkTypeManager = issueLinkTypeManager;
        this.installedTypes = installedTypes;
    }

    SetupOutcome ensure(AppLinkType type) {
        Optional<Long> recordedId = installedTypes.linkTypeId(type);
        if (recordedId.isPresent() && issueLinkTypeManager.getIssueLinkType(recordedId.get()) != null) {
            return SetupOutcome.KEPT;
        }
        Optional<IssueLinkType> sameName = findByName(type);
        if (sameName.isPresent()) {
            installedTypes.recordLinkType(type, sameName.get().getId());
            return SetupOutcome.ADOPTED;
        }
        // A null style makes an ordinary, user-visible link type (Jira's own sub-task link has a style).
        issueLinkTypeManager.createIssueLinkType(type.defaultName(), type.outward(), type.inward(), null);
        IssueLinkType created = findByName(type)
                .orElseThrow(() -> new IllegalStateException("Jira did not create the link type " + type.defaultName()));
        installedTypes.recordLinkType(type, created.getId());
        return SetupOutcome.CREATED;
    }

    private Optional<IssueLinkType> findByName(AppLinkType type) {
        Collection<IssueLinkType> sameName = issueLinkTypeManager.getIssueLinkTypesByName(type.defaultName());
        return sameName == null ? Optional.empty() : sameName.stream().findFirst();
    }
}
