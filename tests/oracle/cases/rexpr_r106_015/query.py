from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(col("b")).withColumn("c1", expr("greatest(ts, ts)")).withColumn("c2", expr("CAST(try_aes_decrypt(unhex(concat(t, to_char(i, 'S9999'))), '0123456789abcdef') AS STRING)")).withColumn("c3", F.map_concat(F.create_map(lit(1), col("c2")), F.create_map(lit(2), col("s")))).drop("i", "m", "s", "b", "dt", "ts").filter("(map_contains_key(map(CASE WHEN b THEN i WHEN b THEN i ELSE i END, 'a', 3, 'b'), 3) OR (dt < DATE'2024-02-29'))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, d FROM rexpr_q ORDER BY d DESC NULLS FIRST, id DESC"]
