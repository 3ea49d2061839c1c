from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, d DOUBLE, s STRING, b BOOLEAN, ts TIMESTAMP, m DECIMAL(10,2), dt DATE, i INT, j INT").json(INPUT)
result = df.withColumn("c1", (F.datediff(col("dt"), col("dt")) / F.nullif(col("j"), lit(0)))).withColumn("c2", expr("map_filter(map('a', datediff(dt, add_months(dt, i)), 'b', getbit(abs(array_min(array(dayofweek(DATE'2024-02-29'), i, CAST(NULL AS INT)))) % 100, 0), 'c', 0), (k, v) -> v > 0 OR k = 'c')")).withColumn("c3", col("i")).withColumn("ts", expr("date_trunc('DAY', ts)")).withColumn("c5", F.greatest(col("i").cast("string"), F.lower(lit("日本")), expr("to_base32(encode(s, 'utf-8'))"))).withColumn("c6", expr("nanvl(d, s)")).where((col("id") != lit(86400).cast("bigint")))
OUTPUT_MODE = "append"
