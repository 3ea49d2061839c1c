from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, f FLOAT, j INT, b BOOLEAN, ts TIMESTAMP, m DECIMAL(10,2), s STRING, dt DATE, d DOUBLE, i INT").json(INPUT)
result = df.groupBy(col("i").cast("double").alias("k1")).agg(expr("sum(CASE WHEN (d > 100.0D) THEN i ELSE 0 END) AS a1"), F.round(F.avg(lit(-1)), 0).alias("a2"), F.count_if(col("id").cast("boolean")).alias("a3"))
OUTPUT_MODE = "update"
