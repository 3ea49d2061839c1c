from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("regexp_extract(initcap(md5('日本')), '^(\\\\S*)', 1)")).withColumn("ts", expr("(to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') + INTERVAL -3 DAYS)")).withColumn("c3", ((col("i") % F.nullif(col("i"), lit(0))) * lit(5))).withColumn("c4", F.greatest(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c5", F.try_element_at(F.split(F.array_join(F.split(col("s"), "  *"), "/"), "  *"), lit(3)))
OUTPUT_MODE = "append"
