from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((~F.coalesce(F.when((col("i") == lit(-1)), col("s").like("H%")).otherwise((lit(None).cast("bigint") < col("i"))), lit(False)))).select(expr("ascii(substring(upper(btrim(s)), 0, 3))").alias("c1"), expr("id DIV i").alias("c2"), F.coalesce(col("i"), lit(1), lit(-1)).alias("c3"))
OUTPUT_MODE = "append"
