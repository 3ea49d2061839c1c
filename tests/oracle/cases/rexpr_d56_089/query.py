from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("(id + id)").alias("c1"), expr("CAST((CASE WHEN (d BETWEEN 3.75D AND 3.75D) THEN least(ts, ts) ELSE ts END - INTERVAL 36 HOURS) AS STRING) AS c2"), expr("get(split(t, '[aeiou]'), 2) AS c3"), F.dayofmonth(F.make_date(lit(2024), F.pmod(col("i"), lit(12)) + lit(1), F.least(F.dayofmonth(col("dt")), lit(28)))).cast("decimal(20,0)").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c2, c4 FROM rexpr_q ORDER BY id"]
