from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((length(trim(s)) IS NOT NULL) OR (i IS NULL))").select("id", "dt", expr("array_sort(array(typeof((m + m)), t, 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END)").alias("c1"), expr("from_json('é', 'a INT, b ARRAY<STRING>')").alias("c2"), expr("smallint(CASE WHEN is_valid_utf8(t) THEN smallint(i) WHEN (d <> 0.5D) THEN size(map_keys(str_to_map(upper(s), ' ', 'l'))) ELSE position('o', t) END)").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
