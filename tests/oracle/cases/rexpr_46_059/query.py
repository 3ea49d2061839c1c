from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("nvl2((i - i), nullif(to_date('2000-01-01'), to_date('2000-01-01')), DATE'2023-12-31') AS c1"), F.left(F.substr(col("s"), lit(1), lit(3)), lit(1)), expr("(ts < CASE WHEN (d = i) THEN ts WHEN (id > 1000L) THEN ts ELSE ts END)").alias("c3"), F.format_string("%d%%", F.when((col("m") != lit(12.345).cast("decimal(5,3)")), col("id")).when(col("b"), col("id")).when(col("b"), col("id")).otherwise(col("id"))).like("_").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id DESC"]
