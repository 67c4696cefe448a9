package dev.postmortems.jira.service.cause;

import dev.postmortems.jira.domain.cause.CategoryProblem;
import dev.postmortems.jira.domain.cause.CauseCatalogue;
import dev.postmortems.jira.domain.cause.CauseCategory;
import dev.postmortems.jira.service.ChangeNotAllowedException;
import dev.postmortems.jira.service.EditLock;
import dev.postmortems.jira.service.FieldError;
import dev.postmortems.jira.service.InvalidInputException;
import dev.postmortems.jira.service.WhoIsAsking;
import dev.postmortems.jira.service.whys.WhysStore;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The site's cause categories: everyone reads them (panels show them), Jira administrators add, rename, reorder
 * and delete them. A new site gets {@link CauseCatalogue#SEEDED} the first time the list is read; since the last
 * category can never be deleted, an empty list means exactly that the site was never seeded.
 */
public final class CauseCategoryService {
    /** Changes to the list are serialised under this key of the edit lock: no Jira issue has id 0. */
    static final long CATALOGUE_LOCK = 0L;

    private final CauseCategoryStore store;
    private final WhysStore whys;
    private final EditLock editLock;
    private final WhoIsAsking who;

    public CauseCategoryService(CauseCategoryStore store, WhysStore whys, EditLock editLock, WhoIsAsking who) {
        this.store = store;
        this.whys = whys;
        this.editLock = editLock;
        this.who = who;
    }

    /** The list in its order, seeded first on a new site (once across the cluster, however many ask at once). */
    public CauseCatalogue catalogue() {
        List<CauseCategory> categories = store.all();
        if (!categories.isEmpty()) {
            return new CauseCatalogue(categories);
        }
        return editLock.whileEditing(CATALOGUE_LOCK, this::seeded);
    }

    /** Under the lock: the list, seeded if it is empty. */
    private CauseCatalogue seeded() {
        if (store.all().isEmpty()) {
            // One transaction: a reader outside the lock never sees half the list.
            store.addAll(CauseCatalogue.SEEDED);
        }
        return new CauseCatalogue(store.all());
    }

    public CauseCategory add(String name) {
        requireAdmin();
        return editLock.whileEditing(CATALOGUE_LOCK, () -> {
            problem(seeded().problemNaming(name, OptionalLong.empty()), "name");
            return store.add(name.strip());
        });
    }

    public CauseCatalogue rename(long id, String name) {
        requireAdmin();
        return editLock.whileEditing(CATALOGUE_LOCK, () -> {
            CauseCatalogue catalogue = seeded();
            if (catalogue.byId(id).isEmpty()) {
                throw problemFor("id", CategoryProblem.UNKNOWN_CATEGORY, List.of(String.valueOf(id)));
            }
            problem(catalogue.problemNaming(name, OptionalLong.of(id)), "name");
            store.rename(id, name.strip());
            return new CauseCatalogue(store.all());
        });
    }

    /** Every category named once, in the new order. */
    public CauseCatalogue reorder(List<Long> ids) {
        requireAdmin();
        return editLock.whileEditing(CATALOGUE_LOCK, () -> {
            if (!seeded().isOrder(ids)) {
                throw problemFor("ids", CategoryProblem.ORDER_INVALID, List.of());
            }
            store.reorder(ids);
            return new CauseCatalogue(store.all());
        });
    }

    /** Only a category no root cause is sorted into, and never the last one. */
    public CauseCatalogue delete(long id) {
        requireAdmin();
        return editLock.whileEditing(CATALOGUE_LOCK, () -> {
            Optional<CategoryProblem> problem = seeded().problemDeleting(id, whys.categoryInUse(id));
            if (problem.isPresent()) {
                throw problemFor("id", problem.get(), List.of(String.valueOf(id)));
            }
            store.delete(id);
            return new CauseCatalogue(store.all());
        });
    }

    private void requireAdmin() {
        if (!who.isAdmin()) {
            throw ChangeNotAllowedException.siteSettings();
        }
    }

    private static void problem(Optional<CategoryProblem> problem, String field) {
        if (problem.isPresent()) {
            throw problemFor(field, problem.get(), problem.get() == CategoryProblem.NAME_TOO_LONG
                    ? List.of(CauseCatalogue.MAX_NAME_LENGTH) : List.of());
        }
    }

    /** The error for a problem with a category, in the request's field. */
    public static InvalidInputException problemFor(String field, CategoryProblem problem, List<Object> arguments) {
        return new InvalidInputException(List.of(new FieldError(field, "postmortems.cause.problem." + problem.code(), arguments)));
    }
}
