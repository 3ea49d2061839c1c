from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", ((col("m") * col("n")) * col("n")).alias("c1"), F.date_format(F.add_months(F.try_to_date(lit("x-y")), col("i")), "EEEE").alias("c2"), expr("(TRY_CAST(s AS DECIMAL(12,2)) / nullif(greatest(i, 12), 0)) AS c3"), expr("least(ts, (ts + INTERVAL '1 02:03:04.000005' DAY TO SECOND), ts) AS c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY id"]
