# Brace expansion's limits (miniunix only: bash's limit is the memory it can allocate). A
# sequence of more than 2^20 words is left as typed with bash's allocation-failure message, and
# the command runs with it; so is a product of alternatives that would pass the limit. Under
# it, a long sequence is fine.
set -- {1..100000}; echo "$# words, the last $100000"
echo x{1..1048577}y
echo {a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b} | wc -c
echo {9223372036854775806..9223372036854775807} {-2..2..9223372036854775807}
echo "the script goes on"
