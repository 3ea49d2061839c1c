from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.substr(F.regexp_replace(F.right(col("k").cast("string"), lit(4)), "^.", ""), lit(2), lit(1))).withColumn("c2", expr("repeat(try_element_at(split(s, ','), 1), 3)")).withColumn("c3", ((col("i") * lit(.001).cast("decimal(4,3)")) / F.nullif(F.round(col("n"), -1), lit(0)))).withColumn("c4", col("ts"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT k FROM rexpr_q ORDER BY id"]
