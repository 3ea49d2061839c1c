from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, m DECIMAL(10,2), i INT, d DOUBLE, dt DATE, n DECIMAL(20,0), j INT, ts TIMESTAMP, s STRING").load(INPUT)
result = df.groupBy(col("dt").alias("k1")).agg(expr("sum(nullif(months_between(dt, ts), -1.5D)) AS a1"), F.min(F.when((col("i") > lit(0)), F.greatest(F.coalesce(col("m"), lit(1.25).cast("decimal(3,2)")), col("n"))).when((F.replace(col("s"), lit(" "), lit("")) <= col("s")), lit(.5).cast("decimal(2,1)")).otherwise(col("m"))).alias("a2"), expr("(max(bround(CAST(b AS DECIMAL(12,2)), 2)) - min(bround(CAST(b AS DECIMAL(12,2)), 2))) AS a3"))
OUTPUT_MODE = "complete"
