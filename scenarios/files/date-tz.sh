# date in the zone TZ names, by glibc's rules for a POSIX TZ string; this system has no
# zoneinfo files, so a region name is a zone name with no offset (UTC, named as its first
# word) and TZ="" is the file "Universal" that is not there; -u is UTC. A date given with -d
# (or touch -d) is a local time.
date -d @1720000000
TZ=JST-9 date -d @1720000000
TZ=EST5EDT date -d @1720000000 '+%F %T %Z %z %:z'
TZ='<+0530>-5:30' date -d @1720000000 -R
TZ=CET-1CEST,M3.5.0,M10.5.0/3 date -d @1720000000 -Iseconds
TZ=JST-9 date -u -d @1720000000
TZ=America/New_York date -d @1720000000
TZ=:EST5EDT date -d @1704067200
TZ= date -d @1720000000
TZ=AB-1 date -d @1720000000 '+[%Z] %z'
TZ=JST-9 date -d '2024-01-01 00:00' '+%F %T %Z = %s'
TZ=EST5EDT date -d '2024-07-03' '+%F %T %Z = %s'
TZ=JST-9 touch -d "2024-01-01 09:00" /tmp/stamp; stat -c %Y /tmp/stamp
