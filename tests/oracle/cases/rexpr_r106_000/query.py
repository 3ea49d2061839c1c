from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("n", expr("(to_char(m, '999,999.99') IS NOT NULL) AS c1"), expr("TRY_CAST((m / 10.5) AS BIGINT)").alias("c2"), expr("posexplode_outer(array_remove(array('abc', 'x'), 'x'))"), F.try_mod(F.nullif(F.ceil(col("n"), -1), expr("12.345")), (F.when(col("b"), col("m")).otherwise(col("n")) - col("n"))).alias("c4"), F.when((col("ts") >= F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("id")).otherwise(F.shiftrightunsigned(col("i").cast('bigint'), 1)).alias("c5")).where("(NOT coalesce((s RLIKE '^[A-Z]'), false))")
OUTPUT_MODE = "append"
