from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("to_timestamp(date_format(CASE WHEN b THEN nullif(ts, TIMESTAMP'2024-02-29 00:00:00') WHEN b THEN CASE WHEN b THEN ts ELSE ts END ELSE CASE WHEN (t < '') THEN ts END END, 'yyyy-MM-dd HH:mm:ss'), 'yyyy-MM-dd HH:mm:ss')")).withColumn("c2", expr("coalesce(concat(CAST(0 AS STRING), s, s), format_string('[%5s|%-4d]', t, (0 * i)), '2024-02-29')")).withColumn("c3", ((col("ts") + expr("INTERVAL '90' MINUTE")) - expr("INTERVAL 36 HOURS"))).withColumn("c4", F.bround(F.nullif(col("d"), lit(0.001)), 1)).withColumn("c5", expr("unix_timestamp(dt)")).drop("s", "dt", "ts")
OUTPUT_MODE = "append"
