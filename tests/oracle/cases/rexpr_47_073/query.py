from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("(trim(concat(format_number(k, 2), t)) ILIKE '%e')")).withColumn("k", F.unix_timestamp(F.date_add(F.when(col("c1"), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")), F.size(F.split(col("s"), "-"))))).withColumn("c3", F.date_trunc("yyyy", F.try_to_timestamp(col("t")))).withColumn("c4", expr("pmod(id, nullif(i, 0))")).withColumn("ts", expr("try_to_timestamp('abc')")).select("id", "c1", "c3", "c4").where(F.coalesce(col("b"), lit(True)))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c1 ASC NULLS LAST, id"]
