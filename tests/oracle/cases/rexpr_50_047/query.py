from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.least(F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm"), col("ts"), col("ts"))).withColumn("c2", expr("coalesce(d, 0.001D)")).withColumn("c3", F.nullif((lit(5) * col("i")), lit(1))).withColumn("c4", F.round((lit(None).cast("decimal(10,2)") / F.nullif(col("i"), lit(0))), 0))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT n FROM rexpr_q ORDER BY id DESC"]
