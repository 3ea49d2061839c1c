from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, dt DATE, i INT, t STRING, n DECIMAL(9,5), k BIGINT, b BOOLEAN, m DECIMAL(38,10), d DOUBLE, ts TIMESTAMP, j INT").load(INPUT)
result = df.withColumn("ts", F.when((col("ts") == col("dt")), (col("ts") - expr("INTERVAL 1 MONTH"))).when(col("j").between(lit(5), lit(1)), (F.to_timestamp(lit("2024-02-29 00:00:00")) + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).when(F.nvl2(col("j"), (col("j") < lit(2)), lit(False)), col("ts")).otherwise(col("ts"))).withColumn("m", expr("nullif(((n - i) * n), 12.345)")).withColumn("c3", F.format_number(col("n"), 2).try_cast("double")).withColumn("c4", col("t").like("a%")).withColumn("k", expr("CASE WHEN b THEN greatest(id, (id + -2L), 0L) END")).select("id", "c3", "c4").filter("(ts IS NOT NULL)")
OUTPUT_MODE = "append"
