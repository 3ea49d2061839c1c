from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", F.nullif((F.try_to_timestamp(col("s")) - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("c2", ((expr("-3.10") - col("m")) / F.nullif(F.coalesce(expr("12.345"), col("m"), expr("12.345")), lit(0)))).withColumn("c3", expr("least(m, (m + m), CAST((NOT b) AS DECIMAL(12,2)))")).drop("i", "m", "s", "b", "dt", "ts")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 DESC NULLS FIRST, id DESC"]
