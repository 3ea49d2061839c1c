#!/usr/bin/env bash
# Runs every check of the project: formatting, lints, the wasm32 build of the core,
# unit tests, the Spark conformance test (every oracle case, batch by batch), and
# `runnel oracle-check` from the command line. Installs what it needs, skips what is there.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/runnel-target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

if ! command -v cargo >/dev/null; then
  echo "cargo not found: install Rust 1.95 (rustup) first" >&2
  exit 1
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt
rustup target list --installed | grep -q '^wasm32-unknown-unknown$' || rustup target add wasm32-unknown-unknown

# protoc: the crate apache-spark-connect-proto (runnel connect's Spark Connect messages)
# generates them from .proto files at build time (Debian's protobuf-compiler).
command -v protoc >/dev/null || apt-get install -y protobuf-compiler || { apt-get update && apt-get install -y protobuf-compiler; }

current="setup"
# Each step's header says how long the run has taken so far (seconds since the start).
step() { current="$*"; printf '\n==> %s  [%ss]\n' "$*" "$SECONDS"; }
# A step that fails outright stops the run; say which one.
trap 'rc=$?; [ "$rc" -eq 0 ] || printf "\nall checks: stopped, the step \"%s\" failed (exit %s)\n" "$current" "$rc"' EXIT

step "cargo fmt --check"
cargo fmt --all --check

step "the engine's module graph has no import cycles between files (tests/scripts/module_graph.py)"
python3 tests/scripts/module_graph.py crates/runnel-core/src --depth 2 --check | tail -2
# The PySpark runner: the Python language below the PySpark bindings.
python3 tests/scripts/module_graph.py crates/runnel-pyspark/src --depth 1 --check | tail -1

step "cargo clippy -- -D warnings"
cargo clippy --workspace --all-targets -- -D warnings

step "runnel-core builds for wasm32-unknown-unknown"
cargo build -p runnel-core --target wasm32-unknown-unknown

step "cargo test (unit tests and the Spark conformance test)"
cargo test --workspace 2>&1 | tee /tmp/runnel-cargo-test.log | grep -E '^(test result|running|error|failures)' || true
grep -q 'test result: FAILED' /tmp/runnel-cargo-test.log && { cat /tmp/runnel-cargo-test.log; exit 1; }
grep -q '^error' /tmp/runnel-cargo-test.log && { cat /tmp/runnel-cargo-test.log; exit 1; }

step "runnel oracle-check (shared cases and the project's own)"
cases=(tests/oracle/cases)
[ -d ../shared/spark-oracle/cases ] && cases=(../shared/spark-oracle/cases "${cases[@]}")
cargo build -q -p runnel-cli --bin runnel
out=$(mktemp -d)
"$CARGO_TARGET_DIR/debug/runnel" oracle-check --out "$out" "${cases[@]}" | tee /tmp/runnel-oracle-check.log | grep -v '^PASS'
if [ -f ../shared/spark-oracle/compare.py ] && command -v python3 >/dev/null; then
  step "the reference compare.py agrees with oracle-check on every case"
  # compare.py's compare() on each case, in one Python process (tests/scripts/compare_all.py).
  python3 tests/scripts/compare_all.py ../shared/spark-oracle/compare.py "$out" \
    ../shared/spark-oracle/cases tests/oracle/cases
fi
rm -rf "$out"

step "course examples run on the sample data (4, 5 with Kafka and 6 with Delta come below)"
# The course reads dbfs:/mnt/data/data/streaming-json/ and writes under dbfs:/mnt/data/.
for ex in ex1_select_filter ex2_groupby_sum_complete ex3_date_parts_sql ex7_window_count_update ex8_watermark_window_update; do
  work=$(mktemp -d)
  "$CARGO_TARGET_DIR/debug/runnel" submit "examples/seed/$ex.py" --once \
    --path-map dbfs:/mnt/data/data/streaming-json=examples/data/streaming_input --path-map "dbfs:/mnt/data=$work" > "/tmp/runnel-$ex.out"
  grep -q '^+' "/tmp/runnel-$ex.out" || { echo "example $ex printed no table" >&2; exit 1; }
  rm -rf "$work"
  echo "ok $ex"
done
grep -q 'normalized_value' /tmp/runnel-ex1_select_filter.out || { echo "example 1 printed no normalized_value" >&2; exit 1; }
# A listener class, a UDF, a comprehension and a foreach writer, against PySpark 4.3's output.
python3 tests/scripts/python_features_test.py --runnel "$CARGO_TARGET_DIR/debug/runnel"

step "crash test: runnel submit killed with SIGKILL, SIGINT, SIGTERM and restarted, output read back by pyarrow and duckdb"
# A venv with the independent readers, made once and reused.
venv="${RUNNEL_VENV:-$HOME/.cache/runnel-venv}"
if ! "$venv/bin/python" -c 'import pyarrow, duckdb, deltalake, confluent_kafka' 2>/dev/null; then
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv" || { apt-get install -y python3-venv && python3 -m venv "$venv"; }
  "$venv/bin/pip" install -q pyarrow duckdb deltalake confluent-kafka
fi
"$venv/bin/python" tests/crash/crash_test.py --runnel "$CARGO_TARGET_DIR/debug/runnel" \
  --jobs windowed,stateless,join,delta --kills "${RUNNEL_CRASH_KILLS:-20}" --work "$(mktemp -d)" | tee /tmp/runnel-crash.log
crash=$(wc -l < /tmp/runnel-crash.log)

step "sources hand timestamps of every unit (nested ones too) and odd Arrow types: read as Spark reads them, never a panic"
"$venv/bin/python" tests/scripts/odd_types_test.py --runnel "$CARGO_TARGET_DIR/debug/runnel" | tee /tmp/runnel-odd-types.log
oddtypes=$(grep -c ': ok$' /tmp/runnel-odd-types.log || true)

step "ORC and XML through runnel submit: Runnel's ORC files read back by pyarrow, pyarrow's and Spark 4.3's ORC files read, XML written and read back"
"$venv/bin/python" tests/formats/formats_test.py --runnel "$CARGO_TARGET_DIR/debug/runnel" | tee /tmp/runnel-formats.log
oddtypes=$((oddtypes + $(grep -c ': ok$' /tmp/runnel-formats.log || true)))

step "Delta Lake: tables from the deltalake package stream in; Runnel's tables read back by deltalake and duckdb"
"$venv/bin/python" tests/delta/delta_test.py --runnel "$CARGO_TARGET_DIR/debug/runnel" | tee /tmp/runnel-delta.log
delta=$(wc -l < /tmp/runnel-delta.log)

step "Kafka: a tansu broker on 127.0.0.1, course examples 4 and 5, three Kafka -> Kafka jobs killed 20 times each (many messages per produce request)"
# The Kafka-compatible broker tansu (memory storage), installed once (about 12 minutes cold).
tansu="$(command -v tansu || echo "$HOME/.cargo/bin/tansu")"
[ -x "$tansu" ] || cargo install --locked tansu --features dynostore
"$venv/bin/python" tests/kafka/kafka_test.py --runnel "$CARGO_TARGET_DIR/debug/runnel" --tansu "$tansu" \
  --kills "${RUNNEL_KAFKA_KILLS:-20}" | tee /tmp/runnel-kafka.log
kafka=$(grep -c -E ' 0 lost, 0 duplicated|: ok' /tmp/runnel-kafka.log || true)

step "Spark's own example scripts, verbatim (pyspark 4.3's network word counts against a socket server on 127.0.0.1, the blockchain Python data source, sessionization refused as Spark refuses it)"
# pyspark is installed (once, without its dependencies) only for its example scripts.
python3 tests/scripts/spark_examples_test.py --runnel "$CARGO_TARGET_DIR/debug/runnel" | tee /tmp/runnel-spark-examples.log
sparkex=$(grep -c ': ok$' /tmp/runnel-spark-examples.log || true)

step "Spark Connect: real PySpark (pyspark-client 4.2.0) drives runnel connect (tests/connect)"
# A venv with the Spark Connect client, made once and reused.
cvenv="${RUNNEL_CONNECT_VENV:-$HOME/.cache/runnel-connect-venv}"
if ! "$cvenv/bin/python" -c 'import importlib.metadata as m, pandas, pytest; assert m.version("pyspark-client") == "4.2.0"' 2>/dev/null; then
  [ -x "$cvenv/bin/python" ] || python3 -m venv "$cvenv" || { apt-get install -y python3-venv && python3 -m venv "$cvenv"; }
  "$cvenv/bin/pip" install -q "pyspark-client==4.2.0" "pandas<3" pytest
fi
# With PySpark's own doctests of its Connect streaming modules (tests/connect/test_doctests.py).
# A test still running after 4 minutes prints every thread's stack; the step fails after 30.
rm -f /tmp/runnel-connect-doctests.txt
RUNNEL_DOCTEST_SUMMARY=/tmp/runnel-connect-doctests.txt RUNNEL_BIN="$CARGO_TARGET_DIR/debug/runnel" \
  timeout -k 10 1800 "$cvenv/bin/python" -m pytest -q -p no:cacheprovider -o faulthandler_timeout=240 \
  tests/connect 2>&1 | tee /tmp/runnel-connect.log
cat /tmp/runnel-connect-doctests.txt 2>/dev/null || true
connect=$(grep -oE '[0-9]+ passed' /tmp/runnel-connect.log | tail -1 | awk '{print $1}')

step "the oracle cases through Spark Connect (query.py under CPython with pyspark-client against runnel connect)"
# Every shared case and every 10th of the project's (about 1.4 s a case: each query starts a
# Python worker for its foreachBatch); RUNNEL_CONNECT_ORACLE_EVERY=1 runs them all.
# It uses the harness's encoding and compare.py from ../shared/spark-oracle.
if [ -f ../shared/spark-oracle/run_spark.py ]; then
  "$cvenv/bin/python" tests/connect/oracle_connect.py --runnel "$CARGO_TARGET_DIR/debug/runnel" \
    ../shared/spark-oracle/cases | tee /tmp/runnel-oracle-connect.log | grep -v '^PASS'
  "$cvenv/bin/python" tests/connect/oracle_connect.py --runnel "$CARGO_TARGET_DIR/debug/runnel" \
    --every "${RUNNEL_CONNECT_ORACLE_EVERY:-10}" tests/oracle/cases | tee -a /tmp/runnel-oracle-connect.log | grep -v '^PASS'
  connect=$((connect + $(grep -c '^PASS' /tmp/runnel-oracle-connect.log)))
else
  echo "skipped: ../shared/spark-oracle not found"
fi

step "the function registry against pyspark 4.3's functions (names, parameters) and the README's table"
python3 tests/scripts/functions_test.py --runnel "$CARGO_TARGET_DIR/debug/runnel" | tee /tmp/runnel-functions.log
sparkex=$((sparkex + $(grep -c ': ok$' /tmp/runnel-functions.log || true)))

step "pyspark 4.3's function examples (builtin.py doctests) against PySpark's recorded output"
# tests/scripts/function_examples/ holds the scripts and PySpark's stdout (recorded with
# --record; Spark is not needed here). Fails when a function in function_examples.pass
# no longer prints what PySpark printed.
python3 tests/scripts/function_examples.py --runnel "$CARGO_TARGET_DIR/debug/runnel" | tee /tmp/runnel-function-examples.log | grep -E "^(function examples|REGRESSED)"

step "every function's result type and nullability against PySpark 4.3's recorded schemas"
# tests/scripts/function_schemas.json: df.schema of 3,300 SQL calls as PySpark 4.3 reported
# them (recorded with --record); fails when a function in function_schemas.pass differs.
python3 tests/scripts/function_schemas.py --runnel "$CARGO_TARGET_DIR/debug/runnel" | tail -3

step "the npm package (wasm-pack), its Node and browser tests and its TypeScript types"
command -v node >/dev/null || { echo "node not found: install Node.js >= 18" >&2; exit 1; }
command -v chromium >/dev/null || apt-get install -y chromium
bash crates/runnel-wasm/build.sh
(cd crates/runnel-wasm/pkg && npm pack --dry-run 2>&1 | grep -q 'runnel-0') || { echo "npm pack failed" >&2; exit 1; }
(cd tests/wasm && { [ -d node_modules/playwright-core ] && [ -d node_modules/typescript ] || npm ci --no-audit --no-fund; })
node --test tests/wasm/node.test.mjs 2>&1 | tee /tmp/runnel-node.log | grep -E '^# (pass|fail)|oracle cases in Node|^not ok' || true
grep -q '^# fail 0' /tmp/runnel-node.log || { cat /tmp/runnel-node.log; exit 1; }
node --test tests/wasm/browser.test.mjs 2>&1 | tee /tmp/runnel-browser.log | grep -E '^# (pass|fail)|^not ok' || true
grep -q '^# fail 0' /tmp/runnel-browser.log || { cat /tmp/runnel-browser.log; exit 1; }
# The published types: tsc --strict (no skipLibCheck) over a typed example and misuses it
# must refuse, then the example compiled and run in Node.
node --test tests/wasm/typed.test.mjs 2>&1 | tee /tmp/runnel-typed.log | grep -E '^# (pass|fail)|^not ok' || true
grep -q '^# fail 0' /tmp/runnel-typed.log || { cat /tmp/runnel-typed.log; exit 1; }

step "the playground (www/): built with Vite, every example walked through in Chromium"
bash www/build.sh
node --test tests/wasm/playground.test.mjs 2>&1 | tee /tmp/runnel-playground.log | grep -E '^# (pass|fail)|^# .# playground|^not ok' || true
grep -q '^# fail 0' /tmp/runnel-playground.log || { cat /tmp/runnel-playground.log; exit 1; }
js=$(( $(grep -E '^# pass' /tmp/runnel-node.log | awk '{print $3}') + $(grep -E '^# pass' /tmp/runnel-browser.log | awk '{print $3}') + $(grep -E '^# pass' /tmp/runnel-typed.log | awk '{print $3}') + $(grep -E '^# pass' /tmp/runnel-playground.log | awk '{print $3}') ))

# Counted from the logs: what passed and what failed, per kind of check.
sum() { awk '{s+=$1} END {print s+0}'; }
unit=$(grep -E '^test result:' /tmp/runnel-cargo-test.log | sed -E 's/.* ([0-9]+) passed.*/\1/' | sum)
unit_failed=$(grep -E '^test result:' /tmp/runnel-cargo-test.log | sed -E 's/.* ([0-9]+) failed.*/\1/' | sum)
oracle=$(grep -cE '^PASS' /tmp/runnel-oracle-check.log || true)
oracle_failed=$(grep -cE '^FAIL' /tmp/runnel-oracle-check.log || true)
js_failed=$(grep -hE '^# fail' /tmp/runnel-node.log /tmp/runnel-browser.log /tmp/runnel-typed.log /tmp/runnel-playground.log | awk '{print $3}' | sum)
failed=$((unit_failed + oracle_failed + js_failed))
echo
echo "wall time: ${SECONDS}s"
echo "all checks: $((unit + oracle + crash + oddtypes + delta + kafka + sparkex + connect + js)) passed, $failed failed" \
  "(cargo tests $unit, oracle-check $oracle, crash $crash, odd types $oddtypes, delta $delta, kafka $kafka, scripts $sparkex, spark connect $connect, node/browser/types/playground $js)"
[ "$failed" -eq 0 ]
