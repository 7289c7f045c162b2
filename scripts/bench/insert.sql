-- pgbench's write reference for scripts/bench.sh: one insert of about a participant row's size per transaction.
insert into bench_insert(payload) values (repeat(md5(random()::text), 16));
