# Scenario 17 with --vm 32: two levels of 10 bits over a 12-bit offset.
head -2 /proc/$$/maps
translate $$ 0x08048000
translate $$ 0x08129abc
translate $$ 0x1000
translate $$ 0xc0000000
