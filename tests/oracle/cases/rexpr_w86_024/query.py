from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.length(col("t"))).withColumn("c2", F.nullif(col("id"), lit(1).cast("bigint"))).withColumn("c3", expr("(id % nullif(c1, 0))")).withColumn("c4", F.add_months(F.add_months(F.to_date(lit("2025-03-01")), col("i")), lit(3)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4 FROM rexpr_q ORDER BY m DESC NULLS LAST, id"]
