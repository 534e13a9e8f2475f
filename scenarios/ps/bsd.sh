# procps's BSD family: options without a dash, clustered (aux, axjf, axo ...).
sleep 100 &                     # S
nice -n 5 sleep 200 &           # SN: niced
sleep 300 & tick; kill -STOP $! # T: stopped
tick
ps aux
ps axjf
ps axo pid,ppid,stat,comm | tail -4
ps x
ps u
ps axl | head -4
ps axr
