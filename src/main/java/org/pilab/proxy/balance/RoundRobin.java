package org.pilab.proxy.balance;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Fast Weighted Round Robin load balancing algorithm ({@code balance roundrobin}, HAProxy's lb_fwrr.c).
 *
 * <p>How it works: weights are scaled by 16 (eweight). A window lasts tot = Σ eweight positions. Each server has a
 * next position {@code npos}; the "curr" tree holds the servers due in this window, sorted by npos, and the
 * "init"/"next" trees hold servers waiting for a window, heaviest first. A pick takes the first "curr" server whose
 * npos has been reached (or else the heaviest "init" server), advances its npos by tot/eweight (carrying the
 * remainder in {@code rweight}) and requeues it, into "next" if that lands beyond the window. When "curr" and
 * "init" run dry, "init" and "next" swap and a new window begins. So a weight-3 server is picked three times as
 * often as a weight-1 server, spread over the window: 3/2/1 gives {@code a b a c a b}. Equal keys keep insertion
 * order, so equal weights give strict declaration order. A server coming back UP is queued a little ahead, not
 * picked at once. Active and backup servers have separate groups (§2.2).
 * Reference: haproxy-2.6.md §2.3 and fwrr_model.py (matched HAProxy 2.6.12 exactly).
 *
 * <p>Not thread-safe: callers synchronise.
 */
final class RoundRobin<S> extends AbstractBalancer<S> {

    static final int BE_WEIGHT_SCALE = 16;
    static final int SRV_UWGHT_RANGE = 256;
    static final int SRV_EWGHT_MAX = SRV_UWGHT_RANGE * BE_WEIGHT_SCALE; // 4096

    /** FWRR state of one server. */
    private static final class Node<S> {
        final Srv<S> srv;
        int eweight;        // weight × 16 while usable
        long npos;          // next position in the window (0: never picked)
        long lpos;          // last position
        long rweight;       // remainder carried between picks
        Tree<S> tree;       // tree it was last queued in (null once removed)
        long key;           // key in that tree
        long seq;           // insertion order among equal keys

        Node(Srv<S> srv) {
            this.srv = srv;
        }
    }

    /** A sorted tree of servers with FIFO order among equal keys (an eb32 tree). */
    private static final class Tree<S> {
        private final TreeSet<Node<S>> nodes = new TreeSet<>(
                Comparator.<Node<S>>comparingLong(n -> n.key).thenComparingLong(n -> n.seq));

        Node<S> first() {
            return nodes.isEmpty() ? null : nodes.first();
        }
    }

    /** A group of servers balanced together (HAProxy's {@code struct fwrr_group}): actives or backups. */
    private final class Group {
        final Tree<S> curr = new Tree<>();
        Tree<S> init = new Tree<>();
        Tree<S> next = new Tree<>();
        long currPos;      // current position in the window
        int currWeight;    // total weight of the current window
        int nextWeight;    // total weight of the usable servers now
    }

    private final Group act = new Group();
    private final Group bck = new Group();
    private final Node<S>[] nodes;
    private long seq;

    @SuppressWarnings("unchecked")
    RoundRobin(List<S> handles, ToIntFunction<S> weight, Predicate<S> backup, Predicate<S> initiallyUsable,
               boolean allBackups) {
        super(handles, weight, backup, initiallyUsable, allBackups);
        nodes = new Node[servers.size()];
        for (Srv<S> s : servers) {
            nodes[s.id] = new Node<>(s);
        }
        initGroup(act, false);
        initGroup(bck, true);
    }

    /**
     * fwrr_init_server_groups: puts every usable server of the group in the "init" tree in declaration order and
     * starts a window of the group's total weight.
     */
    private void initGroup(Group g, boolean backup) {
        int tot = 0;
        for (Srv<S> s : servers) {
            if (s.backup == backup && usable(s)) {
                Node<S> n = nodes[s.id];
                n.eweight = s.uweight * BE_WEIGHT_SCALE;
                tot += n.eweight;
                queueByWeight(g.init, n);
            }
        }
        g.currPos = tot;
        g.currWeight = tot;
        g.nextWeight = tot;
    }

    /**
     * fwrr_get_next_server: picks from the active group when an active server is usable, else returns the first
     * usable backup ({@code fbck}), or picks from the backup group with {@code allbackups}. The context is not used.
     */
    @Override
    public Optional<S> pick(PickContext ctx) {
        Group g;
        if (act.nextWeight > 0) {
            g = act;
        } else if (!allBackups) {
            return candidates().stream().findFirst().map(s -> s.server);
        } else if (bck.nextWeight > 0) {
            g = bck;
        } else {
            return Optional.empty();
        }
        Node<S> n = next(g);
        return n == null ? Optional.empty() : Optional.of(n.srv.server);
    }

    private Node<S> next(Group g) {
        if (g.currWeight == 0) {
            g.currPos = g.currWeight = g.nextWeight;
        }
        boolean switched = false;
        Node<S> n;
        while ((n = fromGroup(g)) == null) {
            if (switched) {
                return null;
            }
            switched = true;
            switchTrees(g);
        }
        updatePosition(g, n);
        dequeue(n);
        g.currPos++;
        queue(g, n);
        return n;
    }

    /**
     * fwrr_get_server_from_group: the first "curr" server if its position has been reached, otherwise the first
     * "init" server (starting afresh), otherwise the first "curr" server anyway (a hole in the window).
     */
    private Node<S> fromGroup(Group g) {
        Node<S> n1 = g.curr.first();
        if (n1 != null && n1.npos <= g.currPos) {
            return n1;
        }
        Node<S> n2 = g.init.first();
        if (n2 != null) {
            n2.npos = 0;
            n2.rweight = 0;
            return n2;
        }
        return n1;
    }

    /** fwrr_switch_trees: the "next" tree becomes "init" and a new window of the current total weight starts. */
    private void switchTrees(Group g) {
        Tree<S> swap = g.init;
        g.init = g.next;
        g.next = swap;
        g.currWeight = g.nextWeight;
        g.currPos = g.currWeight;
    }

    /** fwrr_update_position: advances {@code <n>} by one step of nextWeight/eweight, carrying the remainder. */
    private void updatePosition(Group g, Node<S> n) {
        if (n.npos == 0) {
            n.npos = g.currPos; // first time ever for this server
        }
        n.lpos = n.npos;
        n.npos += g.nextWeight / n.eweight;
        n.rweight += g.nextWeight % n.eweight;
        if (n.rweight >= n.eweight) {
            n.rweight -= n.eweight;
            n.npos++;
        }
    }

    /**
     * fwrr_queue_srv: requeues {@code <n>} in "next" when its position does not fit in this window nor in the theoretical
     * new one, otherwise in "curr" keyed by position (then by weight, heavier first at equal position).
     */
    private void queue(Group g, Node<S> n) {
        if (n.eweight <= 0 || n.npos >= 2L * g.currWeight || n.npos >= (long) g.currWeight + g.nextWeight) {
            // put into next tree, and readjust npos in case we could finally take this back to current
            n.npos -= g.currWeight;
            queueByWeight(g.next, n);
        } else {
            insert(g.curr, n, SRV_UWGHT_RANGE * n.npos
                    + Math.floorDiv(SRV_EWGHT_MAX + n.rweight - n.eweight, BE_WEIGHT_SCALE));
        }
    }

    /** fwrr_queue_by_weight: sorts by inverted weight to place heavy servers first for a smooth distribution. */
    private void queueByWeight(Tree<S> tree, Node<S> n) {
        insert(tree, n, SRV_EWGHT_MAX - n.eweight);
    }

    private void insert(Tree<S> tree, Node<S> n, long key) {
        n.key = key;
        n.seq = seq++;
        n.tree = tree;
        tree.nodes.add(n);
    }

    /** fwrr_dequeue_srv: leaves the tree but remembers which one it was. */
    private void dequeue(Node<S> n) {
        if (n.tree != null) {
            n.tree.nodes.remove(n);
        }
    }

    private Group groupOf(Srv<S> s) {
        return s.backup ? bck : act;
    }

    @Override
    void usabilityChanged(Srv<S> s) {
        Node<S> n = nodes[s.id];
        if (usable(s)) {
            n.eweight = s.uweight * BE_WEIGHT_SCALE;
            setUp(groupOf(s), n);
        } else {
            setDown(groupOf(s), n, n.eweight);
        }
    }

    /** fwrr_set_server_status_down: the group loses the server's weight and the server leaves the trees. */
    private void setDown(Group g, Node<S> n, int oldEweight) {
        g.nextWeight -= oldEweight;
        dequeue(n);
        n.tree = null;
    }

    /**
     * fwrr_set_server_status_up: the group gains the server's weight and the server is queued a bit ahead of the
     * current position, at curr_pos + (next_weight + curr_weight - curr_pos) / eweight, so it is not picked next.
     */
    private void setUp(Group g, Node<S> n) {
        g.nextWeight += n.eweight;
        getSrv(g, n);
        dequeue(n);
        n.npos = g.currPos + Math.floorDiv((long) g.nextWeight + g.currWeight - g.currPos, n.eweight);
        queue(g, n);
    }

    /** fwrr_get_srv: makes npos absolute again, depending on where the server was queued. */
    private void getSrv(Group g, Node<S> n) {
        if (n.tree == g.init) {
            n.npos = 0;
            n.rweight = 0;
        } else if (n.tree == g.next) {
            n.npos += g.currWeight;
        } else if (n.tree == null) {
            n.npos = g.currPos;
        }
    }

    /**
     * fwrr_update_server_weight: a change that alters usability goes through set down/up. Otherwise the group's
     * weight is adjusted and the server requeued: in "init" by its new weight, or in "curr"/"next" at its last
     * position plus one new step (never later than planned, and at least two positions ahead).
     */
    @Override
    void weightChanged(Srv<S> s, int oldWeight, boolean wasUsable) {
        Node<S> n = nodes[s.id];
        boolean isUsable = usable(s);
        int oldEweight = n.eweight;
        int newEweight = s.uweight * BE_WEIGHT_SCALE;
        if (!wasUsable && !isUsable) {
            n.eweight = newEweight;
            return;
        }
        Group g = groupOf(s);
        if (wasUsable && !isUsable) {
            setDown(g, n, oldEweight);
            n.eweight = newEweight;
            return;
        }
        n.eweight = newEweight;
        if (!wasUsable) {
            setUp(g, n);
            return;
        }
        g.nextWeight = g.nextWeight - oldEweight + newEweight;
        if (n.tree == g.init) {
            dequeue(n);
            queueByWeight(g.init, n);
            return;
        }
        getSrv(g, n);
        long prevNext = n.npos;
        long step = g.nextWeight / newEweight;
        n.npos = n.lpos + step;
        n.rweight = 0;
        if (n.npos > prevNext) {
            n.npos = prevNext;
        }
        if (n.npos < g.currPos + 2) {
            n.npos = g.currPos + step;
        }
        dequeue(n);
        queue(g, n);
    }
}
