from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.repeat(col("t"), 0).eqNullSafe(F.substr(col("b").cast("string"), lit(-3), lit(1)))).withColumn("c2", F.concat(F.regexp_replace(col("s"), " +", "_"), (col("n") - expr("-3.10")).cast("string"))).withColumn("c3", (F.bround(F.nullif(col("n"), expr("100BD")), 3) * col("f"))).withColumn("c4", expr("left(concat_ws('|', date_format(TIMESTAMP'1999-12-31 23:59:59.999', 'yyyyMMdd'), greatest(s, s, s)), 2)")).withColumn("c5", expr("CAST(t AS DATE)")).withColumn("c6", expr("TRY_CAST(s AS BOOLEAN)")).drop("i", "d", "f", "n", "b").where("(NOT coalesce(((s >= 'o') < c6), false))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY m ASC NULLS FIRST, id"]
