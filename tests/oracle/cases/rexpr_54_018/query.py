from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.concat(F.to_date(lit("2025-03-01")).cast("string"), col("t"), col("t")).try_cast("boolean") | col("t").isNotNull())).withColumn("c1", F.bround(F.round(col("m"), 2), 1)).withColumn("c2", expr("(id DIV -4)")).withColumn("c3", F.when(col("b"), col("dt")).otherwise(col("dt")))
OUTPUT_MODE = "append"
