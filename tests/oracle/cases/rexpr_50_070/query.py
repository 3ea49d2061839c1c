from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "j", F.when((col("j") > lit(1)), col("dt")).alias("c1"), F.quarter(F.last_day(F.to_date(lit("2023-12-31")))).alias("c2"), expr("CAST(dt AS TIMESTAMP)"), F.nvl(col("id"), lit(1).cast("bigint")).alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c4, j, c1 FROM rexpr_q ORDER BY id"]
