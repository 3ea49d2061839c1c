from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, dt DATE, i INT, t STRING, s STRING, ts TIMESTAMP, n DECIMAL(9,5), k BIGINT, b BOOLEAN, d DOUBLE, m DECIMAL(18,6)").load(INPUT)
result = df.filter((((col("m") != lit(.5).cast("decimal(2,1)")) > (~F.coalesce(col("b"), lit(False)))) | (col("s") >= lit("Hello")))).select("id", F.ifnull(col("t"), lit("42")).alias("c1"), F.nullif(col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), expr("months_between(ts, date_sub(CASE WHEN (t IS NOT NULL) THEN DATE'2023-12-31' ELSE dt END, i))").alias("c3")).filter("(c3 = 2.0D)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
