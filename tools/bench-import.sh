#!/usr/bin/env bash
# Bulk-import benchmark: `claimdesk import` of a 20,000-article archive (the Reuters
# development corpus repeated, each copy made distinct) against the sqlite3 shell
# importing the same CSV into a bare table and filling an FTS5 index from it.
# Also imports a 5,000-article archive to show that memory stays flat.
#   tools/bench-import.sh [CORPUS.csv]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/reuters-dev.csv}
out=target/bench
mkdir -p "$out"
cargo build --release -q -p claimdesk-cli
python3 - "$corpus" "$out" <<'PY'
import csv, sys
corpus, out = sys.argv[1], sys.argv[2]
rows = list(csv.DictReader(open(corpus, encoding="utf-8")))
for n in (5000, 20000):
    with open(f"{out}/archive-{n}.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["title", "text", "subject", "date"])
        for i in range(n):
            r = rows[i % len(rows)]
            copy = i // len(rows)
            # Each copy differs, so the importer's duplicate check does not skip it.
            w.writerow([f"{r['title']} (copy {copy})", f"{r['text']} (Archive copy {copy}.)", r["subject"], r["date"]])
PY
measure() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" > /dev/null
  read -r secs kb < "$out/time.txt"
  printf '%-48s %7.2f s  %6.0f MB peak RSS\n' "$label" "$secs" "$((kb / 1024))"
}
rm -f "$out/import-5000.db"*
measure "claimdesk import, 5000 articles" ./target/release/claimdesk --db "$out/import-5000.db" import "$out/archive-5000.csv"
cat > "$out/baseline.sql" <<SQL
.mode csv
.import $out/archive-20000.csv raw
CREATE VIRTUAL TABLE f USING fts5(title, text);
INSERT INTO f SELECT title, text FROM raw;
SQL
# The machine is shared and its speed drifts by up to 2x over minutes: each import run
# is paired with a baseline run right after it, and the ratio is taken per pair.
ratios=()
for run in $(seq "${RUNS:-3}"); do
  rm -f "$out/import-20000.db"*
  measure "claimdesk import, 20000 articles (run $run)" ./target/release/claimdesk --db "$out/import-20000.db" import "$out/archive-20000.csv"
  read -r a _ < "$out/time.txt"
  rm -f "$out/baseline.db"
  measure "sqlite3 .import + FTS5 fill, 20000 (run $run)" sqlite3 "$out/baseline.db" ".read $out/baseline.sql"
  read -r b _ < "$out/time.txt"
  ratios+=("$(python3 -c "print(f'{$a / $b:.2f}')")")
done
echo "import / sqlite3 per pair: ${ratios[*]} (median $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'))"
echo "archive: $(du -h "$out/archive-20000.csv" | cut -f1); claims stored: $(sqlite3 "$out/import-20000.db" 'select count(*) from claims'); database $(du -h "$out/import-20000.db" | cut -f1)"
