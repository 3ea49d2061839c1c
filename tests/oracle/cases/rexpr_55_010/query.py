from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", (-col("j")).alias("c1"), (col("id") % F.nullif(col("i"), lit(0))).alias("c2"), (col("d") / F.nullif(col("i"), lit(0))).alias("c3")).where("coalesce(contains(greatest('x-y', '', s), 'é'), true)")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, c3 FROM rexpr_q ORDER BY id"]
