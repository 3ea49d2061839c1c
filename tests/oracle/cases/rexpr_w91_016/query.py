from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (lit(0) / F.nullif(F.radians(F.when((col("d") > lit(0.001)), col("m")).when((col("t") < lit("日本")), col("m")).when(col("b"), col("m")).otherwise(col("m"))), lit(0))).alias("c1"), F.locate(" ", F.lpad(F.ifnull(col("t"), lit("")), 8, "*"), 5).alias("c2"), F.nullif(F.date_trunc("MONTH", (col("ts") - expr("INTERVAL 36 HOURS"))), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).cast("string").alias("c3"), expr("endswith(s, '')").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2, c4 FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
