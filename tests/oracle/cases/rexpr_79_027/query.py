from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((col("dt") == F.to_date(lit("2023-12-31")))).selectExpr("id", "date_trunc('HOUR', ts) AS c1", "(nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456') + INTERVAL 1 MONTH) AS c2").where((((col("m") >= lit(.001).cast("decimal(4,3)")) < ((col("ts") != F.to_timestamp(lit("1999-12-31 23:59:59.999"))) | lit(False))) | (col("f") > lit(-1.5))))
OUTPUT_MODE = "append"
