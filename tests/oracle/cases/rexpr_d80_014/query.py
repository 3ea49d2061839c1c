from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(expr("bit_count(i) AS k1")).agg(F.round(F.avg(col("d")), 3).alias("a1"), expr("count_if((d > 0.5D)) AS a2")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
