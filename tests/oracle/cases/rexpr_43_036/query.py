from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE WHEN (i > 10) THEN CASE WHEN ((dt = DATE'2023-12-31') <= false) THEN (m / nullif(nvl(m, 100BD), 0)) ELSE ceiling(m) END ELSE m END")).withColumn("c2", expr("trunc(trunc(dt, 'Q'), 'mon')")).withColumn("c3", F.when((col("s") < lit("a")), F.to_date(lit("2023-12-31"))).otherwise(col("dt"))).withColumn("c4", expr("(- i)")).withColumn("c5", F.ceil(col("m"))).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
