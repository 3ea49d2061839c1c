from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("TRY_CAST(s AS DECIMAL(10,4)) AS c1"), expr("datediff(dt, dt) AS c2"), F.nullif(F.nullif(col("dt"), F.to_date(lit("2023-12-31"))), F.to_date(lit("2000-01-01"))).alias("c3"), (col("m") + col("i")).alias("c4")).filter("(c4 <> 12.345)")
OUTPUT_MODE = "append"
