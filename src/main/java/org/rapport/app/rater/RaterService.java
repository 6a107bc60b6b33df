package org.rapport.app.rater;

import java.util.List;

import org.rapport.model.BadInputException;
import org.rapport.model.Limits;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.store.ProjectStore;

/** The raters of a project. */
public final class RaterService {
    private final ProjectStore store;

    public RaterService(ProjectStore store) {
        this.store = store;
    }

    public List<Rater> list() {
        return store.read(tx -> tx.raters().all());
    }

    public Rater create(String name, RaterRole role) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) throw new BadInputException("a rater needs a name");
        Limits.checkText(null, null, "the rater's name", n, Limits.NAME, false);
        String formula = Limits.formulaProblem("the rater's name", n);
        if (formula != null) throw new BadInputException(formula);
        return store.inTransaction(tx -> {
            if (tx.raters().byName(n).isPresent()) throw new BadInputException("a rater named '" + n + "' exists already");
            return tx.raters().insert(n, role);
        });
    }

    public Rater byName(String name) {
        return store.read(tx -> tx.raters().byName(name))
                .orElseThrow(() -> new BadInputException("no rater named '" + name + "'"));
    }
}
