from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(id < 0L)").select("id", F.dayofmonth(((F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")) + expr("INTERVAL '90' MINUTE"))).alias("c1"), F.bround(F.abs(col("d")), 0), expr("split(s, ' ')[2]").alias("c3"), (F.nvl(col("id"), lit(-2).cast("bigint")) + F.when(col("b"), col("id")).when((col("m") <= expr("99.99")), col("id")).otherwise(col("id"))).alias("c4")).filter("(c1 = 0)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, c1 FROM rexpr_q ORDER BY id"]
