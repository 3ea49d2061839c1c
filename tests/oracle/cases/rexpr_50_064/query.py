from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy(F.try_to_date(col("s")).alias("k1")).agg(expr("round(avg(i), 3) AS a1"), F.max(col("dt")).alias("a2"), expr("count_if(isnull(nullif(t, 'Hello'))) AS a3")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
