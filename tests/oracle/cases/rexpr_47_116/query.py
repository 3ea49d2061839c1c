from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("dt", col("dt").alias("k2")).agg(expr("count(TRY_CAST(right('o', 1) AS DOUBLE)) AS a1"), expr("avg(sqrt(0.1D)) AS a2"), expr("sort_array(collect_set(j)) AS a3"))
OUTPUT_MODE = "update"
