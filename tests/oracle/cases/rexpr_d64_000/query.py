from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(9,5), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.coalesce(col("m"), expr("-3.10"))).withColumn("c2", F.abs(col("i"))).withColumn("c3", expr("(dt IS NOT NULL)")).withColumn("c4", F.when((col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00"))), col("s")).otherwise(lit(" "))).withColumn("c5", expr("date_format(dt, 'EEE')")).drop("i", "n").filter("(coalesce((CAST(NULL AS DATE) IS NULL), true) OR (i > 5))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c5 FROM rexpr_q ORDER BY ts ASC NULLS FIRST, id DESC"]
