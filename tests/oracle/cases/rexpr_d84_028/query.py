from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.ifnull(F.when((col("d") != lit(0.5)), col("ts")).when((col("t") <= lit("42")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))).when((col("ts") > col("dt")), col("ts")), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c2", expr("least(j, i)")).withColumn("c3", ((col("ts") - expr("INTERVAL '90' MINUTE")) - expr("INTERVAL 36 HOURS"))).drop("i", "j", "m", "s", "t", "dt")
OUTPUT_MODE = "append"
