from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where(F.coalesce(F.nvl2(col("m").isin(expr("0.001"), expr("1.25")), col("b"), lit(True)), lit(True))).groupBy(expr("exp(i) AS k1")).agg(expr("count_if((round(CASE WHEN (d IS NOT NULL) THEN m ELSE m END, -1) IN (0.5))) AS a1"), (F.max(F.nullif(col("i"), lit(10))) - F.min(F.nullif(col("i"), lit(10)))).alias("a2"), F.count(F.repeat(col("t"), 1)).alias("a3"))
OUTPUT_MODE = "update"
