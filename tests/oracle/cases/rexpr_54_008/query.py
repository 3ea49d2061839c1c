from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.groupBy("i", "dt").agg(F.count_if(F.when(col("b"), (col("dt") > F.to_date(lit("2023-12-31")))).when((col("i") >= lit(5)), col("b").isNotNull()).otherwise(col("b"))).alias("a1"), F.avg(F.nullif(col("id"), lit(1000).cast("bigint"))).alias("a2"), expr("count_if((CAST(k AS BOOLEAN) >= (0.5D > m))) AS a3"), expr("(max(ceiling(m)) - min(ceiling(m))) AS a4"))
OUTPUT_MODE = "complete"
