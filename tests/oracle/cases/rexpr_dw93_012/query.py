from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, d DOUBLE, dt DATE, s STRING, n DECIMAL(20,0), ts TIMESTAMP, b BOOLEAN, t STRING, f FLOAT, m DECIMAL(10,2), i INT").load(INPUT)
result = df.select("id", col("i").cast("timestamp").alias("c1"), expr("CASE WHEN (s < 'é') THEN i ELSE ascii(string((n + n))) END").alias("c2"), expr("(n * n)").alias("c3"), expr("(i + CASE WHEN (f IS NOT NULL) THEN i WHEN b THEN i WHEN (dt > DATE'2000-01-01') THEN 1 END) AS c4"), expr("TRY_CAST(f AS BIGINT)").alias("c5"))
OUTPUT_MODE = "append"
