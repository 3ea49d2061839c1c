from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("b AS k1")).agg(expr("min(dt) AS a1"), F.min(col("s")).alias("a2"), expr("round(regr_avgx(i, i), 6)").alias("a3"), expr("count(DISTINCT bitmap_bucket_number(abs(i))) > -1").alias("a4")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
