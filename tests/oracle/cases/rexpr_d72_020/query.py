from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, i INT, b BOOLEAN, m DECIMAL(12,4), dt DATE, d DOUBLE, s STRING, n DECIMAL(5,3)").load(INPUT)
result = df.select("id", F.trunc(F.when(col("b"), col("dt")).when((col("b") < (col("dt") <= F.to_date(lit("2025-03-01")))), F.last_day(F.to_date(lit("2023-12-31")))), "YEAR").alias("c1"), F.shiftleft(F.pmod((lit(3) * lit(-1)), F.nullif(col("i"), lit(0))), 3).alias("c2"), (col("d") >= expr("12.345")).alias("c3"), expr("CAST(d AS INT) AS c4"), expr("lower(regexp_replace(s, ' +', '_')) AS c5"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c1, c3, c5 FROM rexpr_q ORDER BY c1 ASC NULLS FIRST, id"]
