from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(ceil(TRY_CAST(i AS DECIMAL(5,1))) - CASE WHEN ('42' RLIKE '^$') THEN CAST(i AS DECIMAL(38,18)) ELSE n END)").alias("c1"), F.nvl(col("i"), lit(2)).alias("c2"), F.coalesce(F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss"), F.to_timestamp(lit("2024-02-29 00:00:00"))).alias("c3"), expr("(i - pmod(i, nullif(greatest(i, i, i), 0))) AS c4"))
OUTPUT_MODE = "append"
