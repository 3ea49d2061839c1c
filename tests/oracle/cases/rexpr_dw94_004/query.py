from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(F.coalesce((F.when((col("id") < lit(86400).cast("bigint")), col("ts")).when(lit(False), col("ts")).when((col("d") > lit(2.0)), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).otherwise(col("ts")) != F.to_date(lit("2000-01-01"))), lit(True))).withColumn("c1", ((col("i") - col("id")) + col("i"))).withColumn("c2", F.nullif(F.date_trunc("QUARTER", F.to_timestamp(F.date_format((col("ts") - expr("INTERVAL '1-2' YEAR TO MONTH")), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss")), F.to_timestamp(lit("1999-12-31 23:59:59.999")))).withColumn("c3", F.date_add(F.add_months((col("dt") - expr("INTERVAL '1-1' YEAR TO MONTH")), col("i")), col("i"))).drop("d", "m", "n", "s", "ts")
OUTPUT_MODE = "append"
