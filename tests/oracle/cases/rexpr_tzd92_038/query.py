spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("((true >= (n IS NOT NULL)) OR (i <= -1))").select("id", F.try_subtract((lit(1000).cast("bigint") / F.nullif(col("i"), lit(0))), col("d")).alias("c1"), F.date_trunc("yyyy", col("ts")).alias("c2"), F.date_trunc("MONTH", col("ts")).alias("c3"), expr("(dt <=> DATE'2024-02-29') AS c4"), (col("d") - col("id")).alias("c5"))
OUTPUT_MODE = "append"
