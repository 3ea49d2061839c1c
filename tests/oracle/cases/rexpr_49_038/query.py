from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(m <> -3.10)").groupBy(expr("CAST(id AS BOOLEAN) AS k1")).agg(expr("count(ts) AS a1"), expr("avg((- nullif(12.345, 99.99))) AS a2"), F.datediff(F.max(F.to_date(F.when((col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00"))), col("ts")).when((col("d") != lit(0.5)), col("ts")).when(lit(True), col("ts")).otherwise(F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))), F.min(F.to_date(F.when((col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00"))), col("ts")).when((col("d") != lit(0.5)), col("ts")).when(lit(True), col("ts")).otherwise(F.to_timestamp(lit("2024-03-01 12:30:00.123456")))))).alias("a3"))
OUTPUT_MODE = "complete"
