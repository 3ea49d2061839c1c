from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, i INT, dt DATE, d DOUBLE, j INT, ts TIMESTAMP, s STRING, m DECIMAL(18,6)").load(INPUT)
result = df.where((~F.coalesce(((col("dt") < F.to_date(lit("2000-01-01"))) <= col("j").isNotNull()), lit(False)))).select((col("i") + col("i")).alias("c1"), col("s").try_cast("decimal(38,18)").alias("c2"), (col("m") % expr("2.5")).alias("c3"), expr("nullif((d * id), -1.5D)").alias("c4")).filter("(NOT b)")
OUTPUT_MODE = "append"
