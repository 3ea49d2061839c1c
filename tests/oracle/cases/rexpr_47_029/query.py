from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("k") == lit(1).cast("bigint"))).selectExpr("id", "sqrt(instr(try_element_at(split(repeat(s, 2), '  *'), 3), 'o')) AS c1", "ceil(CASE WHEN abs(round(CAST(k AS DOUBLE), 3)) < 1e9D THEN round(CAST(k AS DOUBLE), 3) END) AS c2", "CASE WHEN ((i = 5) AND false) THEN k WHEN (i = -1) THEN nullif(1000L, 0L) WHEN (m < 1.25) THEN id END AS c3", "(id % nullif(i, 0))")
OUTPUT_MODE = "append"
