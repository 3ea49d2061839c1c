from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(b OR (b IS NOT TRUE))").groupBy(expr("replace(CASE WHEN b THEN 'o' ELSE s END, 'o', '0') AS k1")).agg(expr("max(to_timestamp(s)) AS a4"), F.min(F.nullif(F.nullif((lit(10) - lit(0).cast("bigint")), lit(0).cast("bigint")), lit(1).cast("bigint"))).alias("a1"), F.count_if(F.when((col("m") != expr("100BD")), col("b")).otherwise((col("dt") >= F.to_date(lit("2024-02-29"))))).alias("a2"), expr("datediff(max(dt), min(dt)) AS a3")).orderBy("k1")
OUTPUT_MODE = "complete"
ORDERED = True
