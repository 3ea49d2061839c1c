from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.when(col("i").isNotNull(), col("id")).when(lit(True), col("id")).otherwise(col("id"))).withColumn("c2", expr("(to_timestamp(date_format(ts, 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS') + INTERVAL -3 DAYS)")).withColumn("c3", F.bit_length(F.least(lit(""), col("s"), col("s")))).withColumn("c4", F.coalesce(col("m"), expr("12.345"))).withColumn("c5", expr("CAST((day(dt) - i) AS BOOLEAN)")).select("id", "c1", "c2", "c3", "c4", "c5").where("(nvl2((m = 100BD), b, true) OR (i < 1))")
OUTPUT_MODE = "append"
