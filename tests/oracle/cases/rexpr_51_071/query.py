from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy(expr("(0L / nullif(i, 0)) AS k1")).agg(F.min(col("d")).alias("a1"), expr("min(ts) AS a2"), expr("count_if(CAST(i AS BOOLEAN)) AS a3"), expr("round(avg(i), 0) AS a4"))
OUTPUT_MODE = "update"
