package miniunix.lab.fork;

/** Who adopts the children of a process that exits (EXPERIMENTS.md section 4). */
public enum Reparent {
    /** Linux's rule, the kernel's own: the direct children go to init, keeping their subtrees. */
    INIT,
    /**
     * OSTEP fork.py's default: every descendant becomes a direct child of init, in preorder,
     * and loses its own children. No Unix does this; the machine's kernel still reparents to
     * init, and only the tree shown follows this rule.
     */
    FLATTEN,
    /**
     * fork.py's -R: the children go to the exiting process's parent. On the machine every
     * process is a child subreaper (Linux's prctl(PR_SET_CHILD_SUBREAPER)), so the kernel's
     * own find_new_reaper does it.
     */
    LOCAL
}
