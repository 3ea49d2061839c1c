from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (-(F.greatest(col("m"), col("n")) * col("n")))).withColumn("c2", F.add_months(col("dt"), lit(10))).withColumn("c3", expr("dt")).drop("j", "k", "n", "dt", "ts")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY s ASC NULLS LAST, id"]
