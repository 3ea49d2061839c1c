from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, ts TIMESTAMP, m DECIMAL(18,6), j INT, t STRING, s STRING, n DECIMAL(9,5), dt DATE, i INT, b BOOLEAN, d DOUBLE").json(INPUT)
result = df.filter("(n <= 1.25)").withColumn("j", F.weekday(F.when(col("b"), col("dt")).when(col("t").isNotNull(), col("dt")).when((col("ts") == F.to_timestamp(lit("2024-02-29 00:00:00"))), F.to_date(lit("2023-12-31"))).otherwise(col("dt")))).withColumn("c2", expr("element_at(map_concat(map('a', t), map('b', 'x')), 'a')")).withColumn("c3", expr("(i % nullif(i, 0))")).withColumn("c4", expr("CAST(add_months(dt, 1) AS STRING)")).withColumn("c5", F.timestamp_millis(col("i"))).drop("ts", "s", "n").where((expr("xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7')") | col("c3").isNotNull()))
OUTPUT_MODE = "append"
