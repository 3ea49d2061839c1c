from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, i INT, b BOOLEAN, k BIGINT, ts TIMESTAMP, s STRING, dt DATE, m DECIMAL(7,0), n DECIMAL(4,1), t STRING").load(INPUT)
result = df.withColumn("c1", col("s").try_cast("timestamp")).withColumn("c2", F.greatest(col("i"), col("s"))).withColumn("k", (col("id") % F.nullif((col("i") + lit(5)), lit(0)))).where("coalesce(contains(lpad(s, 8, ' '), 'a'), true)")
OUTPUT_MODE = "append"
