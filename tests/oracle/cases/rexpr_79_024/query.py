from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, t STRING, k BIGINT, s STRING, ts TIMESTAMP, dt DATE, m DECIMAL(10,2), d DOUBLE, n DECIMAL(5,3), i INT").load(INPUT)
result = df.where((col("dt") > F.to_date(lit("2025-03-01")))).withColumn("c1", F.round(F.try_divide(F.nullif((lit(0).cast("bigint") / F.nullif(col("i"), lit(0))), lit(100.0)), F.sign(F.ascii(lit("x-y")))), 0)).withColumn("c2", expr("round((m / -4), 1)")).withColumn("c3", F.concat_ws("", F.format_number(col("m"), 3), F.from_unixtime(col("i"), "yyyy-MM-dd"), col("t"))).withColumn("c4", F.format_string("%s-%d", F.substring(F.lpad(col("s"), 8, "é"), 1, 3), col("k"))).select("id", "c1", "c2", "c3", "c4")
OUTPUT_MODE = "append"
