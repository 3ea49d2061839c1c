from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select((F.when(col("b"), F.to_date(lit("2025-03-01"))) + expr("INTERVAL 2 YEARS")).alias("c1"), expr("hash(signum((i / 2.0D)), trunc(date_sub(coalesce(dt, to_date('2000-01-01')), i), 'MM'))").alias("c2"))
OUTPUT_MODE = "append"
