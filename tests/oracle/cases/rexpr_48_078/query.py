from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", (col("id") + col("id"))).withColumn("c2", F.date_sub(F.add_months(col("dt"), col("i")), lit(1))).withColumn("c3", F.regexp_replace(col("t"), "(a|b)", "<>")).withColumn("c4", F.nullif((col("id") * lit(2)), lit(1000).cast("bigint"))).withColumn("c5", expr("make_date(year(dt), 2, 30)")).select("id", "c1", "c2", "c3", "c4", "c5")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c5 FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
