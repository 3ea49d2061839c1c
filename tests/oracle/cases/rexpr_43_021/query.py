from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter("(((d IS NOT NULL) <=> ((m IS NOT NULL) OR (m IS NOT NULL))) OR (dt IS NULL))").withColumn("c1", F.left(col("s"), lit(2)).try_cast("double")).withColumn("c2", expr("99.99")).withColumn("c3", (col("d") - col("i"))).withColumn("dt", F.ifnull(F.to_date(lit("2024-02-29")), F.to_date(lit("2024-02-29")))).withColumn("c5", expr("string(CAST(2 AS BIGINT))"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT i, c2, k FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
