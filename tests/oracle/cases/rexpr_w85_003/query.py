from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.nvl2(F.array_join(F.split(lit(None).cast("string"), "  *"), "/"), F.nullif(col("f"), lit(0.5)), lit(0.001))).withColumn("c2", col("ts").cast("double")).drop("j", "d", "f", "s", "t", "b", "ts").where((lit(None).cast("string").ilike("%%") | (col("m") < lit(-3.10).cast("decimal(3,2)"))))
OUTPUT_MODE = "append"
