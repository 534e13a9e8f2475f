/**
 * Page replacement: the policies that choose which resident page gives up its frame, behind
 * one interface ({@link miniunix.kernel.mm.replace.Replacer}) shared by the kernel's paging
 * ({@code --vm-policy}, {@code sysctl vm.policy=}) and the {@code vm replay} experiment.
 * {@link miniunix.kernel.mm.replace.Policy} names them and builds them.
 *
 * <p>Each replacer works on small integer keys (frame numbers) with int arrays: linked lists
 * ({@code KeyList}) for the orders, an indexed heap ({@code KeyHeap}) for OPT and UNOPT, so a
 * reference costs O(1) (O(log n) offline) and allocates nothing.
 *
 * <p>Linux: mm/vmscan.c, mm/swap.c (the LRU lists). OSTEP: chapter 22 and its
 * paging-policy.py, whose answers {@code vm replay} reproduces (shared/EXPERIMENTS.md 5).
 * Rejected: a LinkedHashMap per policy (boxes every page, allocates per reference); a
 * TreeMap for OPT (allocates a node per insert).
 */
package miniunix.kernel.mm.replace;
