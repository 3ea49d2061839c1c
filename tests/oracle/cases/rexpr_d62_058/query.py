from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, dt DATE, m DECIMAL(7,0), t STRING, d DOUBLE, i INT, ts TIMESTAMP, s STRING, b BOOLEAN, k BIGINT").load(INPUT)
result = df.withColumn("c1", F.substring(F.array_join(F.split(F.concat_ws("-", col("s"), col("dt").cast("string"), col("t")), "  *"), ""), 0, 0)).withColumn("c2", col("m").cast("string")).withColumn("c3", expr("(0.001 / 3.5)")).withColumn("c4", F.coalesce(col("dt"), col("i"))).withColumn("f", expr("(CAST(1000L AS DOUBLE) + i)"))
OUTPUT_MODE = "append"
