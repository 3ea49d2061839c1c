from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.to_timestamp(F.date_format(F.to_timestamp(F.date_format((F.nullif(col("ts"), F.to_timestamp(lit("1999-12-31 23:59:59.999"))) - expr("INTERVAL '90' MINUTE")), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm"), "dd.MM.yyyy HH:mm:ss.SSSSSS"), "dd.MM.yyyy HH:mm:ss.SSSSSS").alias("c1"), F.nullif(F.length(col("s")), lit(-1)).alias("c2"))
OUTPUT_MODE = "append"
