from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.char_length(F.array_join(F.split(col("t"), "  *"), "/")).cast("boolean") | (col("d") < lit(100.0)))).select("id", expr("nullif(t, ' ') AS c1"), F.trunc(col("dt"), "MM").alias("c2"), col("i").isin(lit(0), lit(10), lit(2)).alias("c3"), (col("i") + col("i")), F.greatest(col("dt"), F.when(col("b"), col("dt")).when(col("b"), col("dt")).when(col("b"), col("dt")).otherwise(col("dt"))).alias("c5"))
OUTPUT_MODE = "append"
