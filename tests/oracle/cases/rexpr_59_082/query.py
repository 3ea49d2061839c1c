from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "j", F.date_sub(F.nvl(F.when(col("s").isNotNull(), col("dt")).when(col("m").isNotNull(), col("dt")).when((col("ts") >= F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("dt")).otherwise(col("dt")), lit(None).cast("date")), col("i")).alias("c1"), expr("ifnull(d, 3.75D) AS c2")).where(col("m").isNotNull())
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, j, c2 FROM rexpr_q ORDER BY id"]
