package miniunix.user.bin;

import java.util.List;
import miniunix.user.lib.Json;

/**
 * top --json (a miniunix addition): one frame as one JSON object on one line, in the
 * user.lib.Json convention, so a frame per line can be plotted as top runs:
 *
 * <pre>
 * {"time":"09:39:00","uptime":60.11,"users":0,"load_average":[0.00,0.00,0.00],
 *  "tasks":{"total":28,"running":2,"sleeping":26,"stopped":0,"zombie":0},
 *  "cpu":{"us":50.0,"sy":0.0,"ni":0.0,"id":50.0,"wa":0.0,"hi":0.0,"si":0.0,"st":0.0},
 *  "mem":{"unit":"MiB","total":1024.0,"free":991.3,"used":32.6,"buff_cache":0.4},
 *  "swap":{"unit":"MiB","total":0.0,"free":0.0,"used":0.0,"avail_mem":991.4},
 *  "processes":[{"pid":27,"user":"user","pr":20,"ni":0,"virt":148,"res":12,"shr":4,
 *    "s":"R","pcpu":100.0,"pmem":0.0,"time":0.11,"command":"spin"},...],"unit":"KiB"}
 * </pre>
 *
 * The summary's numbers are the text's; with -H "tasks" is "threads", with -1 "cpu" is
 * "cpus", an array of such objects. A process's VIRT, RES and SHR are whole KiB (the text
 * scales a number that does not fit its column, JSON does not), TIME+ is CPU seconds, and
 * the rows are those the text would show, in its order ("pr" is "rt" for real-time tasks).
 */
final class TopJson {
    private TopJson() {
    }

    /** The frame's JSON line. */
    static String frame(TopSample now, TopSample prev, TopFrame.Counts c, List<TopTask> shown,
                        boolean threads, boolean perCpu) {
        Json j = new Json().begin().put("time", TopFrame.clock(now))
                .putCentis("uptime", now.uptimeTicks).put("users", now.users)
                .beginArray("load_average");
        for (String l : now.loadavg) {
            j.valueCentis(Long.parseLong(l.replace(".", "")));
        }
        j.endArray().begin(threads ? "threads" : "tasks").put("total", c.total())
                .put("running", c.running()).put("sleeping", c.sleeping())
                .put("stopped", c.stopped()).put("zombie", c.zombie()).end();
        if (perCpu) {
            j.beginArray("cpus");
            for (int n = 0; n < now.cpus(); n++) {
                cpu(j.begin(), TopFrame.cpuTenths(now, prev, n + 1)).end();
            }
            j.endArray();
        } else {
            cpu(j.begin("cpu"), TopFrame.cpuTenths(now, prev, 0)).end();
        }
        j.begin("mem").put("unit", "MiB");
        mib(j, "total", now.memTotal);
        mib(j, "free", now.memFree);
        mib(j, "used", now.memTotal - now.memAvailable);
        mib(j, "buff_cache", now.buffCache);
        j.end();
        j.begin("swap").put("unit", "MiB");
        mib(j, "total", now.swapTotal);
        mib(j, "free", now.swapFree);
        mib(j, "used", now.swapTotal - now.swapFree);
        mib(j, "avail_mem", now.memAvailable);
        j.end();
        long elapsed = now.uptimeTicks - prev.uptimeTicks;
        j.beginArray("processes");
        for (TopTask t : shown) {
            j.begin().put("pid", t.pid()).put("user", t.user());
            if (t.priority() < -99) {
                j.put("pr", "rt");
            } else {
                j.put("pr", t.priority());
            }
            j.put("ni", t.nice()).put("virt", t.virtKb()).put("res", t.resKb())
                    .put("shr", t.shrKb()).put("s", String.valueOf(t.state()));
            j.putDecimal("pcpu", TopFrame.tenths(TopFrame.pcpuTenths(t, elapsed)));
            j.putDecimal("pmem", TopFrame.tenths(TopFrame.pmemTenths(t, now.memTotal)));
            j.putCentis("time", t.ticks()).put("command", t.command()).end();
        }
        return j.endArray().put("unit", "KiB").end().line();
    }

    private static Json cpu(Json j, long[] tenths) {
        for (int i = 0; i < tenths.length; i++) {
            j.putDecimal(TopFrame.CPU_NAMES[i], TopFrame.tenths(tenths[i]));
        }
        return j;
    }

    private static void mib(Json j, String key, long kib) {
        j.putDecimal(key, TopFrame.tenths(TopFrame.mibTenths(kib)));
    }
}
