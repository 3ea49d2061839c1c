from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), k BIGINT, s STRING, d DOUBLE, dt DATE, j INT, b BOOLEAN, ts TIMESTAMP, i INT, t STRING").load(INPUT)
result = df.filter("(arrays_overlap(array(i), array(CAST(NULL AS INT), 3)) OR (b IS NULL))").selectExpr("id", "CASE WHEN (j IS NOT NULL) THEN CASE WHEN b THEN ts WHEN b THEN ts ELSE ts END WHEN b THEN ts WHEN b THEN coalesce(ts, ts, TIMESTAMP'1999-12-31 23:59:59.999') ELSE CASE WHEN (ts IS NOT NULL) THEN ts END END AS c1", "(- m) AS c2", "array_repeat(hex(to_binary(s, 'utf-8')), abs(quarter(dt)) % 3)", "sequence(integer(0.1D % 1000) % 5, 4) AS c4", "inline(array(named_struct('x', i, 'y', to_json(from_xml('<ROW><d>' || DATE'2024-02-29' || '</d></ROW>', 'd DATE'))), named_struct('x', 2, 'y', 'b')))").filter((~F.coalesce(col("t").rlike("[aeiou]{2}"), lit(False))))
OUTPUT_MODE = "append"
