from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((col("d") == lit(0.1))).select("id", "b", F.rpad(F.concat_ws("", col("s"), col("s"), lit(None).cast("int").cast("string")), 6, " "), F.when(col("d").isNotNull(), col("d")).when(col("b"), col("d")).otherwise(col("d")).alias("c2"), expr("nullif(k, 1L) AS c3"), expr("ltrim(CAST(NULL AS STRING)) AS c4")).where("((date_trunc('QUARTER', ts) > nvl2(ts, to_date('2024-02-29'), DATE'2024-02-29')) OR (m <> 99.99))")
OUTPUT_MODE = "append"
