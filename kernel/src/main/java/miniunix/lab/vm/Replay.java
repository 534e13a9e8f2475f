package miniunix.lab.vm;

import java.util.Arrays;
import miniunix.kernel.Rng;
import miniunix.kernel.mm.replace.Policy;
import miniunix.kernel.mm.replace.Replacer;

/**
 * The machine {@code vm replay} builds: one process touching a string of pages with a fixed
 * number of frames, over the kernel's own {@link Replacer}. It plays the kernel's part: a page
 * table (page to frame), a frame table (frame to page), frames handed out from 0 up while any
 * is free, and on a miss with all full the replacer's victim is evicted and its frame reused
 * (shared/EXPERIMENTS.md section 5). One {@link #step} per reference.
 *
 * <p>The replacer's keys are frame numbers, as in the kernel, so a frame reused at once keeps
 * its place (Clock's circle). OPT and UNOPT are told each page's next use, computed once
 * backwards over the string: O(n) before the replay, O(log frames) per reference after.
 *
 * <p>Invariant: {@code frameOf[pageOf[f]] == f} for each frame f below {@code used}, and a
 * page is in no frame iff its frameOf is NONE.
 */
public final class Replay {
    /** No frame, no page, nothing evicted. */
    public static final int NONE = -1;

    private final int[] refs;
    private final PageIds pageIds;
    /** Per reference: when its page is used next, or NEVER; null for online policies. */
    private final long[] nextUse;
    private final int frames;
    private final Replacer replacer;
    /** Per page id: its frame, or NONE. */
    private final int[] frameOf;
    /** Per frame: the page id in it. */
    private final int[] pageOf;
    /** Frames handed out so far (they fill from 0 up). */
    private int used;
    private int position;
    private long hits;
    private long misses;
    private boolean lastHit;
    private int lastEvicted = NONE;

    /**
     * A machine with the given frames (>= 1) about to replay refs (pages >= 0); rng is only
     * drawn from by {@link Policy#RANDOM}.
     */
    public Replay(Policy policy, int frames, int[] refs, Rng rng) {
        if (frames < 1) {
            throw new IllegalArgumentException("replay: frames < 1");
        }
        this.refs = refs;
        this.pageIds = new PageIds(refs);
        // More frames than distinct pages are never filled: the arrays need only the fewer.
        this.frames = Math.max(1, Math.min(frames, pageIds.count()));
        this.replacer = policy.create(this.frames, rng);
        this.nextUse = policy.needsFuture() ? nextUses(pageIds) : null;
        this.frameOf = new int[pageIds.count()];
        Arrays.fill(frameOf, NONE);
        this.pageOf = new int[this.frames];
    }

    private static long[] nextUses(PageIds ids) {
        long[] next = new long[ids.ids.length];
        long[] seen = new long[ids.count()];
        Arrays.fill(seen, Replacer.NEVER);
        for (int i = next.length - 1; i >= 0; i--) {
            int id = ids.ids[i];
            next[i] = seen[id];
            seen[id] = i;
        }
        return next;
    }

    /** Whether references remain. */
    public boolean hasNext() {
        return position < refs.length;
    }

    /** Replays the next reference. Precondition: {@link #hasNext}. */
    public void step() {
        int id = pageIds.ids[position];
        int frame = frameOf[id];
        lastEvicted = NONE;
        lastHit = frame != NONE;
        if (lastHit) {
            hits++;
            replacer.touch(frame);
        } else {
            misses++;
            frame = used < frames ? used++ : evict();
            pageOf[frame] = id;
            frameOf[id] = frame;
            replacer.insert(frame);
        }
        if (nextUse != null) {
            replacer.foresee(frame, nextUse[position]);
        }
        position++;
    }

    /** Evicts the replacer's victim; returns its frame, now empty. */
    private int evict() {
        int frame = replacer.victim();
        replacer.remove(frame);
        int victim = pageOf[frame];
        frameOf[victim] = NONE;
        lastEvicted = pageIds.pages[victim];
        return frame;
    }

    /** Replays every remaining reference. */
    public void run() {
        while (position < refs.length) {
            step();
        }
    }

    /** The page of the last reference replayed. */
    public int page() {
        return refs[position - 1];
    }

    /** Whether the last reference hit. */
    public boolean hit() {
        return lastHit;
    }

    /** The page the last reference evicted, or NONE. */
    public int evicted() {
        return lastEvicted;
    }

    public long hits() {
        return hits;
    }

    public long misses() {
        return misses;
    }

    /** How many pages are resident, at most the frames the buffers of {@link #resident} need. */
    public int frames() {
        return frames;
    }

    /**
     * Writes the resident pages in the policy's order into dst (length >= {@link #frames}),
     * using scratch (same length); returns how many.
     */
    public int resident(int[] dst, int[] scratch) {
        int n = replacer.resident(scratch);
        for (int i = 0; i < n; i++) {
            dst[i] = pageIds.pages[pageOf[scratch[i]]];
        }
        return n;
    }
}
