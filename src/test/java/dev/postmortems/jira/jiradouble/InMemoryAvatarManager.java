package dev.postmortems.jira.jiradouble;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarImpl;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.avatar.Selection;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** Jira's avatar store, in memory: keeps each uploaded image so tests can check what was stored. */
public final class InMemoryAvatarManager implements AvatarManager {
    private final Map<Long, StoredAvatar> avatars = new LinkedHashMap<>();
    private long nextId = 20_000;

    @Override
    public synchronized Avatar create(Avatar avatar, InputStream image, Selection croppingSelection) throws IOException {
        AvatarImpl template = (AvatarImpl) avatar;
        StoredAvatar stored = new StoredAvatar(nextId++, template.getFileName(), template.getContentType(),
                template.getIconType().getKey(), image.readAllBytes());
        avatars.put(stored.getId(), stored);
        return stored;
    }

    public synchronized StoredAvatar get(long id) {
        return avatars.get(id);
    }

    public synchronized int count() {
        return avatars.size();
    }

    public record StoredAvatar(Long id, String fileName, String contentType, String iconType, byte[] image)
            implements Avatar {
        @Override
        public Long getId() {
            return id;
        }
    }
}
