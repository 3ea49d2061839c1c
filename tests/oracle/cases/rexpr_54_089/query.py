from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(expr("coalesce(k, 1000L)"), expr("CAST(k AS INT)").alias("c2"), F.regexp_replace(F.concat(F.lpad(col("s"), 0, "é"), col("t")), "(a|b)", "<>").alias("c3"), expr("least(i, CASE WHEN (dt >= DATE'2024-02-29') THEN i WHEN (s IS NOT NULL) THEN CASE (ts IS NOT NULL) WHEN false THEN i ELSE i END WHEN b THEN instr(t, 'a') ELSE CAST(NULL AS INT) END, i) AS c4")).where("(c4 > -1)")
OUTPUT_MODE = "append"
