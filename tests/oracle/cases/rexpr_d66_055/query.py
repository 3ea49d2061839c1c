from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.size(F.split(col("s"), ",")).alias("c1"), expr("(m * m * m * m * m) AS c2"), expr("(CASE WHEN (id <> 86400L) THEN n END + (round(n, 2) / nullif(n, 0))) AS c3"), F.timestamp_seconds(F.datediff(col("dt"), F.to_date(lit("2023-12-31")))).alias("c4"), col("id").cast("boolean").alias("c5")).filter((F.nullif(col("s"), lit("é")).rlike("^$") | (col("j") < lit(5))))
OUTPUT_MODE = "append"
