from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((F.bround(lit(0.1), -1) != lit(100).cast("decimal(3,0)")) | col("b"))).select("id", F.next_day(F.next_day(F.add_months(col("dt"), lit(-1)), "TU"), "SUN").alias("c1"), F.xxhash64(F.date_format(F.coalesce((col("ts") - expr("INTERVAL -3 DAYS")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), "EEE"), col("ts")).alias("c2"), expr("CAST((dt >= to_date('2000-01-01')) AS DECIMAL(10,4))").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
