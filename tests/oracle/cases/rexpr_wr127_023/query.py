from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (((col("m") - col("m")) / F.nullif(col("i"), lit(0))) * col("m"))).withColumn("c2", expr("((CAST(next_day(to_date('2024-02-29'), 'wednesday') AS TIMESTAMP) - INTERVAL 1 DAY) - INTERVAL '90' MINUTE)")).withColumn("c3", F.arrays_zip(F.split(F.concat_ws("-", F.left(lit("a"), lit(2)), lit("日本"), lit("é")), ' '), F.sequence(lit(1), lit(3)))).select("id", "c1", "c2", "c3").filter((expr("xpath_boolean('<a><b>' || 2 || '</b></a>', 'a/b = 7')") | col("id").isNull()))
OUTPUT_MODE = "append"
