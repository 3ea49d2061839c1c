from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.bround(((lit(86400).cast("bigint") + col("id")) - lit(0.5)), 2)).withColumn("c2", expr("round(abs(((m * i) / nullif(m, 0))), 0)")).select("id", "c1", "c2").filter("(d = 0.5D)")
OUTPUT_MODE = "append"
