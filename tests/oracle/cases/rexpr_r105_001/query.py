from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(col("b").isNotNull()).withColumn("c1", (expr("is_valid_utf8(unhex('C328'))") | col("b"))).withColumn("c2", expr("from_json('{\"k\": ' || CASE WHEN map_contains_key(map(10, 'a', 3, 'b'), 3) THEN asin(f / 1000) WHEN b THEN pow(d, 3) WHEN (id < 1L) THEN 0.001D ELSE map_values(map('x', d))[0] END || '}', 'MAP<STRING, DOUBLE>')")).withColumn("c3", col("id")).drop("i", "j", "f", "m", "dt", "ts")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT b, s FROM rexpr_q ORDER BY id"]
