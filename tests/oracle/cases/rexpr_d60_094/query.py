from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, t STRING, m DECIMAL(7,0), ts TIMESTAMP, d DOUBLE, dt DATE, b BOOLEAN, s STRING").json(INPUT)
result = df.where("(NOT coalesce((id > d), false))").withColumn("c1", expr("nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456')")).withColumn("c2", F.exists(F.split(F.translate(col("dt").cast("string"), "aeiou", "AEI"), " "), lambda x: x == lit("o"))).withColumn("c3", (col("id") % F.nullif(col("i"), lit(0)))).select("id", "c1", "c2", "c3").where((~F.coalesce(F.isnull((col("i") - col("i"))), lit(False))))
OUTPUT_MODE = "append"
