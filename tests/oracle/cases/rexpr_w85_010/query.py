from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", F.when((col("i").cast("timestamp") < col("dt")), col("m").try_cast("int")).when(((lit(86400).cast("bigint") != col("d")) | col("k").isNotNull()), (col("i") + F.pmod(col("i"), F.nullif(col("i"), lit(0))))).when((col("n").isNotNull() > F.when(col("m").isNotNull(), (col("j") > lit(2))).otherwise((col("id") != lit(0).cast("bigint")))), F.coalesce(col("i"), col("j"), lit(10))).otherwise(F.least(F.weekday(F.next_day(col("dt"), "fri")), col("i"))).alias("c1"), expr("CAST(trunc(dt, 'YEAR') AS TIMESTAMP) AS c2"), expr("CASE WHEN true THEN nullif(12.345, 0.001) ELSE (i * m) END"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 DESC NULLS FIRST, id"]
