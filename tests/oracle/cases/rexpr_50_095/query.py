from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("((true AND (b IS NOT TRUE)) OR (m >= 12.345))").select("id", expr("(i % nullif(0, 0))").alias("c1"), expr("last_day(coalesce(dt, to_date('2000-01-01')))"), F.when(col("b"), lit(3).cast("bigint")).when((col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00"))), (col("id") - col("id"))).when(col("b").isNull(), F.pmod(col("id").isNotNull().cast("bigint"), F.nullif(F.hash(col("id")), lit(0)))).otherwise((lit(86400).cast("bigint") * lit(3))).alias("c3"), (col("id") != lit(1).cast("bigint")).alias("c4")).filter("(startswith(from_unixtime(id, 'yyyy-MM-dd HH:mm:ss'), ' ') OR (c3 IS NULL))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
