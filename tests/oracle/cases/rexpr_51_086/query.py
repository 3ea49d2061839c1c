from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy((lit(-1) * lit(1)).alias("k1")).agg(expr("count_if((f < 2.0D)) AS a1"), expr("count_if((t <=> '2024-02-29')) AS a2"), F.count_if(F.isnan(col("f"))).alias("a3")).filter("a1 IS NOT NULL")
OUTPUT_MODE = "update"
