from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(7,0), j INT, d DOUBLE, s STRING, ts TIMESTAMP, i INT, b BOOLEAN, dt DATE").load(INPUT)
result = df.withColumn("c1", expr("bround((greatest((i % -4), (i - i)) - CASE WHEN (m = 12.345) THEN m WHEN (ts <> TIMESTAMP'2024-02-29 00:00:00') THEN m WHEN (d <> 2.0D) THEN 0.001 END), 3)")).withColumn("c2", col("m").try_cast("int")).withColumn("b", expr("(format_string('[%5s|%-4d]', s, i) IS NOT NULL)")).withColumn("c4", expr("(TRY_CAST(id AS DECIMAL(12,2)) - m)")).withColumn("c5", (col("i") * lit(100000000))).withColumn("c6", F.round(lit(None).cast("decimal(10,2)"))).select("id", "c1", "c2", "c4", "c5", "c6").where("((d >= 0.1D) OR (j IS NULL))")
OUTPUT_MODE = "append"
