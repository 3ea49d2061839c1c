from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (col("id") / F.nullif((col("id") + lit(2.0)), lit(0)))).withColumn("c2", expr("length(try_element_at(split(t, ','), -1))")).withColumn("c3", expr("nullif(dateadd(add_months(CASE WHEN b THEN dt WHEN b THEN dt WHEN b THEN dt END, (i - i)), i), DATE'2024-02-29')")).withColumn("c4", F.try_to_timestamp(col("t"))).withColumn("k", F.unix_timestamp(col("ts"))).select("id", "c1", "c2", "c3", "c4").where((F.isnan((col("i") - col("d"))) | col("b").isNotNull()))
OUTPUT_MODE = "append"
