from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.date_format(F.add_months(F.least(col("dt"), F.date_sub(col("dt"), col("i"))), col("i")), "yyyy-MM-dd").alias("c1"), F.when(col("ts").isNotNull(), col("t")).alias("c2"), expr("make_date(year(DATE'2025-03-01'), month(DATE'2025-03-01'), 1)").alias("c3"), F.log(col("m")).alias("c4"), expr("ascii(coalesce(t, '42'))").alias("c5")).filter((F.isnan(col("d")) | col("d").isNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
