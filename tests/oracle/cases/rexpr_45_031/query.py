from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, i INT, f FLOAT, t STRING, dt DATE, b BOOLEAN, m DECIMAL(18,6), s STRING, ts TIMESTAMP, n DECIMAL(4,1)").json(INPUT)
result = df.where((~col("b"))).select("id", expr("nvl2(CASE WHEN (s IS NOT NULL) THEN id ELSE 1000L END, d, -1.5D) AS c1"), expr("(id * 3)").alias("c2"), col("t").try_cast("date").alias("c3"), expr("try_element_at(split(t, '  *'), 1)"))
OUTPUT_MODE = "append"
