from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.when((col("dt") >= F.to_date(lit("2023-12-31"))), col("ts")).otherwise(col("ts")), expr("to_date((ts - INTERVAL '1-2' YEAR TO MONTH)) AS c2"), expr("nvl2((99.99 - n), rpad(date_format(ts, 'yyyyMMdd'), 0, 'ab'), CAST(NULL AS STRING))").alias("c3"), (lit(12.345).cast("decimal(5,3)") / F.nullif(col("n"), lit(0))).alias("c4")).filter((col("s").try_cast("boolean") | col("m").isNotNull()))
OUTPUT_MODE = "append"
