from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("CASE WHEN b THEN s ELSE t END AS k1")).agg((F.max(F.locate("o", col("t"), 2).cast("double")) - F.min(F.locate("o", col("t"), 2).cast("double"))).alias("a1"), F.bool_or((~(col("m") != col("id")))).alias("a2"))
OUTPUT_MODE = "update"
