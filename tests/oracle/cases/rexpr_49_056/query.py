from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(t = '日本')").select("id", col("d").isNull().alias("c1"), expr("(j <=> ceiling(m)) AS c2"), expr("CAST(dt AS STRING)").alias("c3")).where((~F.coalesce(F.isnan(col("d")), lit(False))))
OUTPUT_MODE = "append"
