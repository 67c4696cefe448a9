package dev.postmortems.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import dev.postmortems.jira.domain.cause.CauseCategory;
import dev.postmortems.jira.service.cause.CauseCategoryStore;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.util.Arrays;
import java.util.List;

/** Cause categories in Active Objects: a short list, read whole in one query. */
public final class ActiveObjectsCauseCategoryStore implements CauseCategoryStore {
    private static final String COLUMNS = String.join(", ", "ID", CauseCategoryEntity.NAME, CauseCategoryEntity.POSITION);

    private final ActiveObjects ao;

    public ActiveObjectsCauseCategoryStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<CauseCategory> all() {
        return Arrays.stream(ao.find(CauseCategoryEntity.class, Query.select(COLUMNS)))
                .map(row -> new CauseCategory(row.getID(), row.getName(), row.getPosition())).toList();
    }

    @Override
    public CauseCategory add(String name) {
        return ao.executeInTransaction(() -> create(name));
    }

    @Override
    public void addAll(List<String> names) {
        ao.executeInTransaction(() -> {
            names.forEach(this::create);
            return null;
        });
    }

    /** Inside a transaction: after the last, whatever was deleted before it. */
    private CauseCategory create(String name) {
        int position = Arrays.stream(ao.find(CauseCategoryEntity.class, Query.select(COLUMNS)))
                .mapToInt(row -> row.getPosition() + 1).max().orElse(0);
        CauseCategoryEntity row = ao.create(CauseCategoryEntity.class, new DBParam(CauseCategoryEntity.NAME, name),
                new DBParam(CauseCategoryEntity.POSITION, position));
        return new CauseCategory(row.getID(), name, position);
    }

    @Override
    public void rename(long id, String name) {
        CauseCategoryEntity row = ao.get(CauseCategoryEntity.class, (int) id);
        row.setName(name);
        row.save();
    }

    @Override
    public void reorder(List<Long> ids) {
        ao.executeInTransaction(() -> {
            for (CauseCategoryEntity row : ao.find(CauseCategoryEntity.class, Query.select(COLUMNS))) {
                int position = ids.indexOf((long) row.getID());
                if (position >= 0 && row.getPosition() != position) {
                    row.setPosition(position);
                    row.save();
                }
            }
            return null;
        });
    }

    @Override
    public void delete(long id) {
        ao.deleteWithSQL(CauseCategoryEntity.class, "ID = ?", id);
    }
}
