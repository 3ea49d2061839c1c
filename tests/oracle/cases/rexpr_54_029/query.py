from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("regexp_replace(s, '^.', '')")).withColumn("c2", F.greatest(F.to_date(lit("2024-02-29")), col("dt"), col("dt"))).withColumn("c3", F.when(col("t").startswith(""), F.greatest(lit(3), col("i"), col("i"))).when((col("d") <= lit(0.001)), F.abs(col("i")))).withColumn("c4", F.ceil(F.when(F.abs(F.round(col("d"), 3)) < lit(1e9), F.round(col("d"), 3))))
OUTPUT_MODE = "append"
