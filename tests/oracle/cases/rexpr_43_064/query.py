from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(38,10), j INT, i INT, n DECIMAL(9,5), dt DATE, t STRING, b BOOLEAN, ts TIMESTAMP, s STRING, d DOUBLE").json(INPUT)
result = df.withColumn("c1", F.greatest(F.to_timestamp(lit("2024-02-29 00:00:00")), F.to_timestamp(lit("1999-12-31 23:59:59.999")), col("ts"))).withColumn("c2", F.nullif(F.last_day(F.least(col("dt"), col("dt"), col("dt"))), F.to_date(lit("2024-02-29")))).withColumn("c3", expr("CAST(d AS INT)")).withColumn("dt", F.trunc(col("dt"), "mon"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT n FROM rexpr_q ORDER BY id DESC"]
