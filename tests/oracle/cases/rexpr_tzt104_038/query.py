spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.greatest((F.when((col("d") == lit(3.75)), col("m")).when(col("s").isNotNull(), col("m")).when((col("ts") > F.to_timestamp(lit("2024-02-29 00:00:00"))), col("m")) / F.nullif(col("m"), lit(0))), col("m"))).withColumn("c2", (col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999")))).withColumn("c3", expr("(5 / nullif(d, 0))")).withColumn("c4", (col("dt") != F.to_date(lit("2025-03-01")))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c4 ASC NULLS FIRST, id"]
