package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.avatar.Selection;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Jira's avatar store, in memory: keeps each uploaded image so tests can check what was stored. */
public final class InMemoryAvatarManager implements AvatarManager {
    private final Map<Long, StoredAvatar> avatars = new LinkedHashMap<>();
    private long nextId = 20_000;

    @Override
    public synchronized Avatar create(String fileName, String contentType, IconType iconType, IconOwningObjectId owner,
                                      InputStream imageData, Selection croppingSelection) throws IOException {
        StoredAvatar stored = new StoredAvatar(nextId++, fileName, contentType, iconType.getKey(), owner.getId(),
                imageData.readAllBytes());
        avatars.put(stored.getId(), stored);
        return stored;
    }

    public synchronized StoredAvatar get(long id) {
        return avatars.get(id);
    }

    public synchronized int count() {
        return avatars.size();
    }

    public record StoredAvatar(Long id, String fileName, String contentType, String iconType, String owner, byte[] image)
            implements Avatar {
        @Override
        public Long getId() {
            return id;
        }
    }
}
