from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, d DOUBLE, m DECIMAL(12,4), i INT, s STRING, n DECIMAL(4,1), dt DATE, b BOOLEAN, j INT").load(INPUT)
result = df.where(F.coalesce(col("id").cast("boolean"), lit(True))).groupBy(expr("CASE WHEN (d <> 2.0D) THEN j ELSE j END AS k1")).agg(expr("count_if((d != 0.5)) AS a1"), F.round(F.avg(F.when(F.bround(col("m"), 1).isNull(), ((lit(10) * col("id")) / F.nullif(F.log2(col("m")), lit(0)))).when((col("id") > col("n")), F.when(col("b"), col("d")).when(col("b"), col("d")).when(col("b"), col("d")).otherwise(col("d"))).when((col("dt") < F.to_date(lit("2023-12-31"))), lit(0.001)).otherwise(col("d"))), 2).alias("a2"), expr("count_if(((b IS NOT NULL) AND (NOT false))) AS a3"), expr("sum(CASE WHEN (j = 10) THEN m ELSE 0 END) AS a4"))
OUTPUT_MODE = "update"
