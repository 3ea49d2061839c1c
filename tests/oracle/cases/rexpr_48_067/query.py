from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, f FLOAT, s STRING, ts TIMESTAMP, m DECIMAL(10,2), dt DATE, t STRING, i INT, b BOOLEAN, k BIGINT, d DOUBLE").load(INPUT)
result = df.withColumn("c1", (~F.nvl2(col("m"), col("s"), lit("Hello")).isin(lit("日本"), lit("o"), lit("o")))).withColumn("c2", F.dayofmonth(F.least(col("ts"), col("ts"), col("ts")))).withColumn("c3", F.initcap(col("ts").isNotNull().cast("string"))).drop("s", "m", "dt", "t", "k").where("(NOT coalesce((ts >= DATE'2023-12-31'), false))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 DESC NULLS LAST, id"]
