# ps -o: procps's field names, headers, widths and alignment; field=HEADER, field:WIDTH.
nice -n 5 sleep 200 &
tick
ps -o pid,ppid,pgid,pgrp,sid,sess,tpgid,tty,tt,tname,stat,s,state -p $!
ps -o ni,nice,pri,opri,priority,psr,%cpu,pcpu,%mem,pmem -p $!
ps -o vsz,vsize,rss,rsz,rssize,sz -p $!
ps -o time,cputime,bsdtime,etime,etimes -p $!
ps -o start,start_time,stime,lstart -p $!
ps -o cmd,comm,args,ucmd -p $!
ps -o uid,euid,ruid,user,euser,ruser,gid,egid,group,egroup,rgid,rgroup -p $!
ps -o min_flt,maj_flt,minflt,majflt,nlwp,thcount,lwp,tid,spid,tgid -p $!
ps -o wchan,f,flags,c,class,cls,policy,rtprio,sched,addr -p $!
ps -o pid=PROCESS,comm=NAME -p 1
ps -o pid= -o comm= -p 1
ps -o pid=X -o ppid= -p 1
ps -o pid,user:3,wchan:20,comm:4 -p $!
ps -o 'pid ppid comm' -p $!
