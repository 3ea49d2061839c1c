spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.greatest(F.when((col("ts") >= col("dt")), F.make_timestamp(F.year(col("dt")), F.month(col("dt")), F.dayofmonth(col("dt")), lit(0), lit(0), lit(0))).otherwise(F.make_timestamp(F.year(col("dt")), F.month(col("dt")), F.dayofmonth(col("dt")), lit(23), lit(30), lit(0))), col("ts"), col("ts")).alias("c1"), F.lower(lit("日本")).alias("c2"), F.size(F.array_distinct(F.split(F.coalesce(col("t"), lit("日本")), "-"))).alias("c3"), expr("(isnan(d) OR (i >= -1))").alias("c4"), F.when(col("ts").isNotNull(), col("m")).when((col("d") < lit(100.0)), (col("m") / F.nullif(col("m"), lit(0)))).when((col("t") <= lit("é")), F.round(col("m"), 2)).otherwise(F.when((col("d") == lit(2.0)), col("m")).when(col("b"), col("m")).otherwise(col("m"))).alias("c5")).filter((col("i").isin(lit(3), lit(1), lit(0)) | (col("m") >= expr("-3.10"))))
OUTPUT_MODE = "append"
