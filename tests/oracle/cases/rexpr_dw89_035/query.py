from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, b BOOLEAN, dt DATE, i INT, j INT, m DECIMAL(38,10), ts TIMESTAMP, d DOUBLE, s STRING, f FLOAT").load(INPUT)
result = df.select("id", expr("date_trunc('MINUTE', date_trunc('yyyy', ts)) AS c1"), expr("locate('l', date_format(TIMESTAMP'1999-12-31 23:59:59.999', 'yyyyMMdd'))").alias("c2"), F.trunc(F.to_date(F.date_trunc("MINUTE", (col("ts") - expr("INTERVAL '90' MINUTE")))), "YEAR").alias("c3"), F.floor(F.try_multiply(expr("100BD"), lit(-1))).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
