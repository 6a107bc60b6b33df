package org.rapport.app.consensus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.agreement.project.AgreementData;
import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.agreement.project.ConsensusPlan;
import org.rapport.agreement.project.ProjectAgreementRequest;
import org.rapport.app.codebook.CodebookService;
import org.rapport.app.identity.Identity;
import org.rapport.app.reliability.AgreementDataReader;
import org.rapport.model.BadInputException;
import org.rapport.model.Limits;
import org.rapport.model.codebook.Codebook;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.coding.Coding;
import org.rapport.model.coding.Consensus;
import org.rapport.model.coding.ConsensusDecision;
import org.rapport.model.coding.ConsensusItem;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.store.ProjectStore;
import org.rapport.store.Selection;
import org.rapport.store.Transaction;

/**
 * Consensus coding (docs/workspace.md, decision 0014): a supervisor settles two or more raters' codings of a session
 * into the codings of a rater of role consensus. Starting takes what the sources agree on and lists every disagreement
 * as an item; each item is decided (take a source's codes, none, or a new coding) with a reason, the decider and the
 * time. Every step is one transaction with its audit rows; the consensus is read like any rater's codings.
 */
public final class ConsensusService {
    /** The consensus rater's name unless another is given. */
    public static final String DEFAULT_RATER = "Consensus";

    private final ProjectStore store;
    private final CodebookService codebooks;
    private final Identity identity;

    /** @param identity who opened the project: a consensus shows every source rater's codes, so it is the staff's */
    public ConsensusService(ProjectStore store, CodebookService codebooks, Identity identity) {
        this.store = store;
        this.codebooks = codebooks;
        this.identity = identity;
    }

    /** A consensus as listed: the session and raters by name, and how far it is. */
    public record Summary(Consensus consensus, String session, String rater, List<String> sources, int agreed,
                          int open, int decided) {
    }

    /** An item with the names a reader needs. */
    public record ItemView(ConsensusItem item, Consensus consensus, String session, Map<Long, String> raterNames) {
        /** The item's values by source name, in source order. */
        public Map<String, List<String>> values() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (Long source : consensus.sources()) out.put(raterNames.get(source), item.values().getOrDefault(source, List.of()));
            return out;
        }
    }

    /**
     * Starts the consensus of a session under a codebook from two or more source raters.
     *
     * @param method     utterance (null: utterance) or time slice
     * @param raterName  the consensus rater (created with role consensus when new; null: {@link #DEFAULT_RATER})
     */
    public Summary start(String sessionName, String codebookId, List<String> sourceNames, AlignmentMethod method,
                         Long sliceMs, String raterName, Decider by) {
        identity.checkMaySeeOthers("settle a consensus of raters' codings");
        AlignmentMethod m = method == null ? AlignmentMethod.UTTERANCE : method;
        if (m == AlignmentMethod.EVENT) {
            throw new BadInputException("a consensus is settled on units: use --method utterance or time-slice");
        }
        List<String> names = new ArrayList<>(new LinkedHashSet<>(sourceNames.stream().map(String::strip).toList()));
        if (names.size() < 2) throw new BadInputException("a consensus needs two or more raters to settle (--from A,B)");
        Codebook codebook = codebooks.current(codebookId);
        String consensusName = raterName == null || raterName.isBlank() ? DEFAULT_RATER : raterName.strip();
        ProjectAgreementRequest request = new ProjectAgreementRequest(codebook.id(), List.of(sessionName), names, m,
                sliceMs, null, null, null);
        request.check();
        Session session = store.read(tx -> tx.sessions().byName(sessionName)).orElseThrow(() -> new BadInputException(
                store.location(), null, "no session named '" + sessionName + "' (list them with: rapport sessions)"));
        List<Rater> sources = new ArrayList<>();
        for (String n : names) {
            Rater r = rater(n);
            if (!r.role().isPerson()) throw new BadInputException("'" + n + "' is a consensus rater, not a source of one");
            if (n.equals(consensusName)) throw new BadInputException("'" + n + "' cannot be both a source and the consensus");
            sources.add(r);
        }
        AgreementData data = AgreementDataReader.read(store, codebook, request);
        List<String> notCoded = sources.stream().map(Rater::name)
                .filter(n -> !data.codersOf(session.id()).stream().map(data.raters()::get).toList().contains(n)).toList();
        if (!notCoded.isEmpty()) {
            throw new BadInputException(store.location(), null, String.join(", ", notCoded) + " did not code " + sessionName
                    + " with " + codebook.id() + " (no codings, assignment not complete)");
        }
        if (m == AlignmentMethod.UTTERANCE && data.utteranceTimes(session.id()).isEmpty()) {
            throw new BadInputException(store.location(), null, sessionName + " has no transcript: settle it by time slice"
                    + " (--method time-slice)");
        }
        ConsensusPlan plan = ConsensusPlan.of(data, codebook, request);
        Map<String, Long> sourceIds = new HashMap<>();
        for (Rater r : sources) sourceIds.put(r.name(), r.id());
        return store.inTransaction(tx -> {
            if (tx.consensus().of(session.id(), codebook.id()).isPresent()) {
                throw new BadInputException(store.location(), null, "the consensus of " + sessionName + " with "
                        + codebook.id() + " is started already: see rapport consensus list");
            }
            Rater consensusRater = consensusRater(tx, consensusName);
            boolean hasCodings = tx.codings().forSession(session.id(), consensusRater.id()).stream()
                    .anyMatch(k -> k.codebookId().equals(codebook.id()));
            if (hasCodings) {
                throw new BadInputException(store.location(), null, "consensus rater '" + consensusName + "' has codings of "
                        + codebook.id() + " in " + sessionName + " already");
            }
            List<ConsensusItem> items = new ArrayList<>();
            for (ConsensusPlan.Item i : plan.items()) {
                Map<Long, List<String>> values = new LinkedHashMap<>();
                i.values().forEach((name, codes) -> values.put(sourceIds.get(name), codes));
                items.add(new ConsensusItem(0, 0, i.group(), i.startMs(), i.endMs(), i.firstUtterance(), i.lastUtterance(),
                        values, null, List.of()));
            }
            Consensus stored = tx.consensus().insert(new Consensus(0, session.id(), codebook.id(), codebook.version(),
                    consensusRater.id(), sources.stream().map(Rater::id).toList(), m.key(),
                    m == AlignmentMethod.TIME_SLICE ? request.slice() : null, by.name(), null), items, by.raterId());
            for (ConsensusPlan.Stretch s : plan.agreed()) {
                tx.codings().insert(coding(stored, s.code(), s.startMs(), s.endMs(), s.firstUtterance(), s.lastUtterance(),
                        "agreed by " + String.join(", ", names)), by.raterId());
            }
            tx.assignments().put(new Assignment(session.id(), consensusRater.id(), codebook.id(),
                    items.isEmpty() ? AssignmentStatus.COMPLETE : AssignmentStatus.IN_PROGRESS));
            return summary(tx, stored);
        });
    }

    /** Every consensus of the project (optionally of one session), with how far it is. */
    public List<Summary> consensuses(String sessionName) {
        identity.checkMaySeeOthers("list consensus codings");
        return store.read(tx -> {
            Long only = sessionName == null ? null : tx.sessions().byName(sessionName).map(Session::id)
                    .orElseThrow(() -> new BadInputException(store.location(), null, "no session named '" + sessionName + "'"));
            List<Summary> out = new ArrayList<>();
            for (Consensus c : tx.consensus().all()) if (only == null || c.sessionId() == only) out.add(summary(tx, c));
            return out;
        });
    }

    /** The consensus of a session under a codebook, if started. */
    public Optional<Consensus> of(long sessionId, String codebookId) {
        return store.read(tx -> tx.consensus().of(sessionId, codebookId));
    }

    /**
     * Items of the consensuses of a session (or of all sessions), open ones only unless asked, in session and time order.
     *
     * @param codebookId only this codebook's consensus, or null for every codebook
     */
    public List<ItemView> items(String sessionName, String codebookId, boolean includeDecided) {
        identity.checkMaySeeOthers("list consensus items");
        return store.read(tx -> {
            Map<Long, String> raterNames = new HashMap<>();
            for (Rater r : tx.raters().all()) raterNames.put(r.id(), r.name());
            Map<Long, String> sessionNames = new HashMap<>();
            for (Session s : tx.sessions().all()) sessionNames.put(s.id(), s.name());
            if (sessionName != null && !sessionNames.containsValue(sessionName)) {
                throw new BadInputException(store.location(), null, "no session named '" + sessionName + "'");
            }
            List<ItemView> out = new ArrayList<>();
            for (Consensus c : tx.consensus().all()) {
                if (sessionName != null && !sessionNames.get(c.sessionId()).equals(sessionName)) continue;
                if (codebookId != null && !c.codebookId().equals(codebookId)) continue;
                for (ConsensusItem i : tx.consensus().items(c.id())) {
                    if (includeDecided || i.isOpen()) out.add(new ItemView(i, c, sessionNames.get(c.sessionId()), raterNames));
                }
            }
            return out;
        });
    }

    /**
     * The consensus item where a disagreement on a code lies (its code group's item overlapping the stretch), starting
     * the session's consensus from {@code sources} first when it has none. Empty when the consensus has no such item
     * (it was started from other raters or the disagreement is settled already).
     */
    public Optional<ItemView> itemFor(String sessionName, String codebookId, String code, long startMs, long endMs,
                                      List<String> sources, AlignmentMethod method, Decider by) {
        Session session = store.read(tx -> tx.sessions().byName(sessionName)).orElseThrow(() -> new BadInputException(
                store.location(), null, "no session named '" + sessionName + "'"));
        if (of(session.id(), codebookId).isEmpty()) {
            start(sessionName, codebookId, sources, method == AlignmentMethod.EVENT ? AlignmentMethod.UTTERANCE : method,
                    null, null, by);
        }
        Codebook codebook = codebooks.current(codebookId);
        String group = codebook.code(code).map(c -> c.group() != null && codebook.group(c.group()).isPresent() ? c.group()
                : c.id()).orElse(code);
        return items(sessionName, codebookId, true).stream()
                .filter(v -> v.item().group().equals(group) && v.item().startMs() < Math.max(endMs, startMs + 1)
                        && v.item().endMs() > startMs)
                .min(java.util.Comparator.comparing((ItemView v) -> !v.item().isOpen())
                        .thenComparingLong(v -> Math.abs(v.item().startMs() - startMs)));
    }

    /** A decision as asked for: take a source by name, none, or new codes (optionally on other times). */
    public record Ask(ConsensusDecision.Kind kind, String take, List<String> codes, Long startMs, Long endMs) {
        public static Ask take(String rater) {
            return new Ask(ConsensusDecision.Kind.TAKE, rater, List.of(), null, null);
        }

        public static Ask none() {
            return new Ask(ConsensusDecision.Kind.NONE, null, List.of(), null, null);
        }

        public static Ask newCoding(List<String> codes, Long startMs, Long endMs) {
            return new Ask(ConsensusDecision.Kind.NEW, null, codes, startMs, endMs);
        }
    }

    /**
     * Decides an item (again, if it was decided: the codings of the earlier decision are deleted, both audited) and
     * writes the consensus codings it makes; when no item stays open the consensus rater's assignment is complete.
     */
    public ItemView resolve(long itemId, Ask ask, String reason, Decider by) {
        identity.checkMaySeeOthers("decide consensus items");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) throw new BadInputException("give the reason for the decision (--reason \"...\")");
        Limits.checkText(null, null, "the reason", why, Limits.NOTE, true);
        return store.inTransaction(tx -> {
            ConsensusItem item = tx.consensus().item(itemId).orElseThrow(() -> new BadInputException(store.location(), null,
                    "no consensus item " + itemId + " (list the open ones with rapport consensus list)"));
            Consensus c = tx.consensus().byId(item.consensusId()).orElseThrow();
            Codebook codebook = codebooks.current(c.codebookId());
            ConsensusDecision decision = decision(tx, c, item, ask, why, by, codebook);
            for (long old : item.resultCodings()) {
                if (tx.codings().byId(old).isPresent()) tx.codings().delete(old, by.raterId());
            }
            ConsensusItem decided = item.decided(decision, List.of());
            List<Long> made = new ArrayList<>();
            long start = decision.startMs() != null ? decision.startMs() : item.startMs();
            long end = decision.endMs() != null ? decision.endMs() : item.endMs();
            boolean onUnits = decision.startMs() == null;
            for (String code : decided.decidedCodes()) {
                made.add(tx.codings().insert(coding(c, code, start, end, onUnits ? item.firstUtterance() : null,
                        onUnits ? item.lastUtterance() : null, "consensus item " + item.id() + ": " + why), by.raterId()).id());
            }
            decided = tx.consensus().decide(item.decided(decision, made), by.raterId());
            boolean anyOpen = tx.consensus().items(c.id()).stream().anyMatch(ConsensusItem::isOpen);
            tx.assignments().put(new Assignment(c.sessionId(), c.raterId(), c.codebookId(),
                    anyOpen ? AssignmentStatus.IN_PROGRESS : AssignmentStatus.COMPLETE));
            Map<Long, String> raterNames = new HashMap<>();
            for (Rater r : tx.raters().all()) raterNames.put(r.id(), r.name());
            String session = tx.sessions().byId(c.sessionId()).map(Session::name).orElse("?");
            return new ItemView(decided, c, session, raterNames);
        });
    }

    private ConsensusDecision decision(Transaction tx, Consensus c, ConsensusItem item, Ask ask, String why, Decider by,
                                       Codebook codebook) {
        Instant now = Instant.now();
        return switch (ask.kind()) {
            case TAKE -> {
                Rater r = tx.raters().byName(ask.take() == null ? "" : ask.take().strip()).orElse(null);
                if (r == null || !c.sources().contains(r.id())) {
                    List<String> names = new ArrayList<>();
                    for (Long s : c.sources()) tx.raters().byId(s).ifPresent(x -> names.add(x.name()));
                    throw new BadInputException("--take " + ask.take() + ": take one of the consensus's raters ("
                            + String.join(", ", names) + ") or none");
                }
                yield new ConsensusDecision(ConsensusDecision.Kind.TAKE, r.id(), List.of(), null, null, why, by.name(), now);
            }
            case NONE -> new ConsensusDecision(ConsensusDecision.Kind.NONE, null, List.of(), null, null, why, by.name(), now);
            case NEW -> {
                if (ask.codes().isEmpty()) throw new BadInputException("a new coding needs a code (--code ID)");
                for (String code : ask.codes()) {
                    if (codebook.code(code).isEmpty()) {
                        throw new BadInputException("codebook " + codebook.id() + " v" + codebook.version() + " has no code '"
                                + code + "'");
                    }
                }
                if ((ask.startMs() == null) != (ask.endMs() == null)) {
                    throw new BadInputException("give both --start-ms and --end-ms, or neither (the item's stretch)");
                }
                if (ask.startMs() != null && (ask.startMs() < 0 || ask.endMs() < ask.startMs())) {
                    throw new BadInputException("the new coding ends (" + ask.endMs() + " ms) before it starts ("
                            + ask.startMs() + " ms)");
                }
                yield new ConsensusDecision(ConsensusDecision.Kind.NEW, null, ask.codes(), ask.startMs(), ask.endMs(), why,
                        by.name(), now);
            }
        };
    }

    private Rater rater(String name) {
        return store.read(tx -> tx.raters().byName(name)).orElseThrow(() -> new BadInputException(store.location(), null,
                "no rater named '" + name + "' in the project"));
    }

    private Rater consensusRater(Transaction tx, String name) {
        Optional<Rater> existing = tx.raters().byName(name);
        if (existing.isPresent() && existing.get().role() != RaterRole.CONSENSUS) {
            throw new BadInputException(store.location(), null, "'" + name + "' is " + existing.get().role().key()
                    + ", not a consensus rater: choose another name (--name)");
        }
        return existing.orElseGet(() -> tx.raters().insert(name, RaterRole.CONSENSUS));
    }

    private static Coding coding(Consensus c, String code, long start, long end, Integer first, Integer last, String note) {
        return new Coding(0, c.sessionId(), c.raterId(), c.codebookId(), c.codebookVersion(), code, start, end, first, last,
                null, note, null, null);
    }

    private Summary summary(Transaction tx, Consensus c) {
        List<ConsensusItem> items = tx.consensus().items(c.id());
        int open = (int) items.stream().filter(ConsensusItem::isOpen).count();
        List<String> sources = new ArrayList<>();
        for (Long s : c.sources()) tx.raters().byId(s).ifPresent(r -> sources.add(r.name()));
        int codings = tx.codings().in(Selection.ALL.codebook(c.codebookId()).session(c.sessionId()).rater(c.raterId())).size();
        int fromItems = items.stream().mapToInt(i -> i.resultCodings().size()).sum();
        return new Summary(c, tx.sessions().byId(c.sessionId()).map(Session::name).orElse("?"),
                tx.raters().byId(c.raterId()).map(Rater::name).orElse("?"), sources, codings - fromItems, open,
                items.size() - open);
    }
}
