from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.least(col("dt"), F.date_add(col("dt"), col("i")))).withColumn("c2", F.nvl(col("dt"), F.to_date(lit("2000-01-01")))).select("id", "c1", "c2")
OUTPUT_MODE = "append"
