# Scenario 17: translate walks the shell's page table, level by level (--vm 48: 9+9+9+9+12).
head -2 /proc/$$/maps
translate $$ 0x555555554000
translate $$ 0x555555635010
translate $$ 0x1000
translate $$ 0x800000000000
translate $$ banana
translate 1 0x1000
translate 99999 0x1000
