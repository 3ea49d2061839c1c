from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("s", expr("concat(s, ltrim(get(split(s, '[aeiou]'), 0)))")).withColumn("c2", (col("m") + lit(100).cast("decimal(3,0)"))).drop("i", "j", "d", "m", "n", "t", "b", "ts")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT dt FROM rexpr_q ORDER BY id"]
