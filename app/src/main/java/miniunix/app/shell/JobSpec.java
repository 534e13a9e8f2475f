package miniunix.app.shell;

import java.util.List;
import java.util.Locale;

/**
 * Job specs, the names fg, bg, jobs, kill and wait take for jobs (bash's get_job_spec and
 * get_job_by_name): %N (or N, for fg, bg and jobs), %%, %+ and a lone % (the current job),
 * %- (the previous job), %TEXT (the one job with a process whose command starts with TEXT)
 * and %?TEXT (... contains TEXT, case aside). Two matches are ambiguous, even two processes
 * of one job (`sleep 1 | sleep 2`), as in bash.
 */
final class JobSpec {
    private JobSpec() {
    }

    /**
     * The number of the job spec names in jobs (null: the current job), or
     * {@link Jobs#NO_JOB} or {@link Jobs#AMBIGUOUS}.
     */
    static int resolve(Jobs jobs, String spec, int current, int previous) {
        if (spec == null) {
            return jobs.get(current) != null ? current : Jobs.NO_JOB;
        }
        if (spec.isEmpty()) {
            return Jobs.NO_JOB;
        }
        String w = spec.startsWith("%") ? spec.substring(1) : spec;
        if (Parser.isDigits(w)) {
            return w.length() <= 9 && jobs.get(Integer.parseInt(w)) != null ? Integer.parseInt(w) : Jobs.NO_JOB;
        }
        char c = w.isEmpty() ? '%' : w.charAt(0);
        if (c == '%' || c == '+' || c == '-') {
            int n = c == '-' ? previous : current;
            return jobs.get(n) != null ? n : Jobs.NO_JOB;
        }
        return c == '?' ? byName(jobs.all(), w.substring(1), true) : byName(jobs.all(), w, false);
    }

    /** The name part of a spec, as bash's "ambiguous job spec" message shows it. */
    static String name(String spec) {
        String w = spec.startsWith("%") ? spec.substring(1) : spec;
        return w.startsWith("?") ? w.substring(1) : w;
    }

    /** The newest job with a process whose text starts with (or contains) name. */
    private static int byName(List<Jobs.Job> all, String name, boolean contains) {
        String lower = name.toLowerCase(Locale.ROOT);
        int found = Jobs.NO_JOB;
        for (int i = all.size() - 1; i >= 0; i--) {
            for (Jobs.Process p : all.get(i).procs()) {
                boolean match = contains ? p.text().toLowerCase(Locale.ROOT).contains(lower)
                        : p.text().startsWith(name);
                if (match && found != Jobs.NO_JOB) {
                    return Jobs.AMBIGUOUS;
                }
                found = match ? all.get(i).number() : found;
            }
        }
        return found;
    }
}
