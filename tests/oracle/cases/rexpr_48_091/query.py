from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("unix_timestamp(ts)"), F.round(col("d"), 0).alias("c2"), expr("TRY_CAST(s AS DOUBLE)").alias("c3")).filter((lit("a").rlike("^$") | (col("id") == lit(1000).cast("bigint"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3, c2 FROM rexpr_q ORDER BY c2 DESC NULLS LAST, id DESC"]
