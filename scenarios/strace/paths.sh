# Paths and execve's argv are C strings in the tracee's memory, and strace reads them there:
# each quoted (an argument cut at 32 bytes), envp shown as its address and how many.
strace -e trace=execve,lstat,rename mv /etc/nope /tmp/x
strace -e trace=execve echo 0123456789012345678901234567890123456789 > /dev/null
# A path of PATH_MAX (4096) bytes or more is ENAMETOOLONG; a NULL path is EFAULT.
long=$(printf "%04096d" 0)
strace -e trace=open cat /tmp/$long 2>&1 >/dev/null | grep -o "= -1.*"
sys open NULL O_RDONLY
echo "status $?"
