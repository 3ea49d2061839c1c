from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("b", (F.sign(lit(float("nan"))) <= lit(2.0))).withColumn("c2", expr("CASE WHEN CAST(floor(CASE WHEN abs(try_divide(d, 1e300D)) < 1e9D THEN try_divide(d, 1e300D) END) AS BOOLEAN) THEN next_day(make_date(2023, 2, 1), 'TU') WHEN coalesce(b, false) THEN date_add((dt + INTERVAL -10 DAYS), i) ELSE to_date('2023-12-31') END")).withColumn("c3", expr("nvl2((m * m), id, 86400L)")).where((col("ts") == F.to_timestamp(lit("1999-12-31 23:59:59.999"))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT m FROM rexpr_q ORDER BY c3 DESC NULLS FIRST, id"]
