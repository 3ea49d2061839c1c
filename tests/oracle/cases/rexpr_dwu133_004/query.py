from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("to_timestamp_ltz(CAST(add_months(to_date(make_timestamp(year(dt), month(dt), dayofmonth(dt), 12, 30, 0)), i) AS STRING))")).withColumn("c2", expr("CAST(timestampadd(MINUTE, i, ts) AS STRING)")).withColumn("c3", F.round(lit(1.25).cast("decimal(3,2)"), 3)).withColumn("c4", F.when((col("m") >= expr("100BD")), col("dt")).otherwise(F.date_add(col("dt"), col("i")))).withColumn("c5", expr("json_array_length(t)")).drop("i", "k", "d", "m", "n", "t", "ts")
OUTPUT_MODE = "append"
