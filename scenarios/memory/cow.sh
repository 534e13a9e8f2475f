# Copy-on-write after fork: parent and child map the same frames until one of them writes;
# the child's write to a page takes a minor fault that copies it to a frame of its own.
cowdemo
# Every page written: no frame shared any more.
cowdemo 3 3
# A child that writes nothing shares every frame.
cowdemo 2 0
# Bad input: one line, status 1.
cowdemo 0
echo "status $?"
cowdemo 3 4
echo "status $?"
