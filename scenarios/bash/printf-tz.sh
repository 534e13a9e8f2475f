# printf's %(FMT)T shows the time in the zone TZ names, as localtime does in bash: a TZ that is
# exported (or given to printf alone, TZ=... printf) counts, one only set in the shell does
# not. POSIX TZ strings need no zoneinfo files: UTC0, JST-9, <+0530>-5:30, EST5EDT (the US
# rules when none are given), CET-1CEST,M3.5.0,M10.5.0/3 (rules of its own).
unset TZ
t=1720000000 w=1704067200     # 2024-07-03 09:46:40 UTC, 2024-01-01 00:00:00 UTC
f='%F %T %Z %z'
printf "none:     %($f)T\n" $t
for z in UTC0 JST-9 '<+0530>-5:30' EST+5 EST5EDT 'CET-1CEST,M3.5.0,M10.5.0/3' \
        'NZST-12NZDT,M9.5.0,M4.1.0/3' 'XST5XDT4,J60/0,J300'; do
    TZ=$z printf "%-28s %($f)T | %($f)T\n" "$z" $t $w
done
TZ=EST5EDT printf '%(%F %T %Z)T\n' 1710053999 1710054000 1730613599 1730613600
TZ=JST-9; printf "set only: %(%H %Z)T\n" 0
export TZ; printf "exported: %(%H %Z)T\n" 0
export -n TZ; printf "export -n: %(%H %Z)T\n" 0
export TZ=EST5
f() { local TZ=UTC0; printf "local in f: %(%H %Z)T\n" 0; }; f
printf "after f: %(%H %Z)T\n" 0
TZ=JST-9 eval 'printf "eval: %(%H %Z)T\n" 0'
unset TZ; printf "unset: %(%H %Z)T\n" 0
