from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.months_between(col("ts"), F.make_date(lit(2023), lit(12), lit(1)), False).isNotNull() | (col("m") > expr("0.5")))).withColumn("c1", F.md5(col("i"))).withColumn("ts", F.date_trunc("HOUR", F.date_add(col("dt"), col("i")).cast("timestamp"))).withColumn("c3", expr("((m <> 0.5) AND (dt <> to_date('2024-02-29')))")).withColumn("i", expr("TRY_CAST(date_format(to_date('2024-02-29'), 'HH:mm:ss') AS INT)"))
OUTPUT_MODE = "append"
