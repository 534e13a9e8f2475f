package miniunix.lab.sched;

/**
 * A run's timeline in the terminal, one lane per job: a cell is a tick (or, for long runs, a
 * few), drawn as a coloured block where the job ran (the CPU's number with several CPUs), a
 * dot where it was waiting to run, blank before it arrived and after it finished. Colours are
 * ANSI escapes, used only when stdout is a terminal; plain output marks runs with '#'.
 */
public final class Gantt {
    /** Most cells on a lane, so a lane fits an 80-column terminal. */
    private static final int MAX_CELLS = 64;
    private static final String[] COLOURS = {"41", "42", "43", "44", "45", "46", "101", "102",
        "103", "104", "105", "106"};
    private static final String RESET = "\u001b[0m";

    private final SchedMachine m;
    private final int cpus;
    private final boolean colour;

    public Gantt(SchedMachine m, int cpus, boolean colour) {
        this.m = m;
        this.cpus = cpus;
        this.colour = colour;
    }

    public String draw() {
        Workload w = m.workload();
        long span = Math.max(1, m.makespan());
        long per = (span + MAX_CELLS - 1) / MAX_CELLS;
        int cells = (int) ((span + per - 1) / per);
        int[][] ran = new int[w.jobs()][cells];
        Slices s = m.slices();
        for (int i = 0; i < s.size(); i++) {
            for (long t = s.start(i); t < s.start(i) + s.ran(i); t++) {
                ran[s.job(i)][(int) (t / per)] = s.cpu(i) + 1;
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Timeline (one cell = ").append(per).append(per == 1 ? " tick" : " ticks")
                .append(cpus > 1 ? ", digit = CPU" : "").append("):\n");
        for (int j = 0; j < w.jobs(); j++) {
            sb.append(String.format(java.util.Locale.ROOT, "  job %3d |", j));
            for (int c = 0; c < cells; c++) {
                long from = c * per;
                if (ran[j][c] > 0) {
                    cell(sb, j, cpus > 1 ? (char) ('0' + (ran[j][c] - 1) % 10) : '#');
                } else if (from + per > w.arrival()[j] && from < m.completion(j)) {
                    sb.append('.');
                } else {
                    sb.append(' ');
                }
            }
            sb.append("|\n");
        }
        String end = Long.toString(span);
        sb.append("           0").append(" ".repeat(Math.max(1, cells - 1 - end.length())))
                .append(span).append('\n');
        return sb.toString();
    }

    private void cell(StringBuilder sb, int job, char mark) {
        if (!colour) {
            sb.append(mark);
            return;
        }
        sb.append("\u001b[").append(COLOURS[job % COLOURS.length]).append('m')
                .append(cpus > 1 ? mark : ' ').append(RESET);
    }
}
