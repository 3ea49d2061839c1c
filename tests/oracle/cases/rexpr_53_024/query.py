from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(NOT coalesce(((m * i) = d), false))").withColumn("d", expr("round(d, 3)")).withColumn("c2", F.unix_timestamp(F.when(col("s").isNotNull(), col("ts")).when(col("b"), F.to_timestamp(lit("2024-02-29 00:00:00"))).otherwise(F.to_timestamp(lit("2024-02-29 00:00:00"))))).withColumn("c3", (col("id") + F.pmod(col("id"), lit(2)))).withColumn("ts", expr("to_timestamp(date_format(ts, 'yyyy-MM-dd HH:mm'), 'yyyy-MM-dd HH:mm')")).withColumn("c5", col("d")).drop("j", "k", "b").where((col("id") >= lit(0).cast("bigint")))
OUTPUT_MODE = "append"
