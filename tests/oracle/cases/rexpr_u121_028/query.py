from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((expr("xpath_boolean('<a><b>' || i || '</b></a>', 'a/b = 7')") | (col("k") >= lit(0).cast("bigint")))).withColumn("m", (col("i") + F.try_mod(col("m"), (col("m") + col("m"))))).withColumn("c2", expr("unix_timestamp(date_sub(add_months(dt, 10), 1))")).withColumn("c3", F.nullif(col("j"), lit(3))).withColumn("c4", F.array(col("i"), lit(None))).select("id", "c2", "c3", "c4").where((~F.coalesce(col("i").between(lit(2), lit(-1)), lit(False))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
