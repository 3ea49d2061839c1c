from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", ((F.date_trunc("MONTH", F.to_timestamp(lit("2024-02-29 00:00:00"))) - expr("INTERVAL '90' MINUTE")) - expr("INTERVAL '1-2' YEAR TO MONTH")).alias("c1"), (col("i") <= lit(1).cast("bigint")), expr("CAST(j AS BIGINT) AS c3"), F.round(col("d"), 0).alias("c4"), expr("sha2(s, 256)").alias("c5"))
OUTPUT_MODE = "append"
