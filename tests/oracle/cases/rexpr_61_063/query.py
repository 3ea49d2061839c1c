from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "s", F.date_trunc("HOUR", F.to_timestamp(lit("2024-02-29 00:00:00"))).cast("double"), F.when((col("n") < lit(.5).cast("decimal(2,1)")), F.date_add(col("dt"), col("i"))).when((col("dt") >= F.to_date(lit("2000-01-01"))), col("dt")).otherwise(F.when(lit(None).cast("boolean"), F.to_date(lit("2023-12-31"))).when((col("j") <= lit(5)), col("dt")).otherwise(F.to_date(lit("2000-01-01")))).alias("c2"), F.when(((col("d") >= lit(3.75)) & (col("id") <= lit(3).cast("bigint"))), col("dt")).when(col("f").isNotNull(), col("dt")).when(lit(False), col("dt")).otherwise(F.date_add(F.make_date(F.year(col("dt")), F.pmod(col("i"), lit(12)) + lit(1), lit(1)), F.dayofyear(col("dt")))).alias("c3"))
OUTPUT_MODE = "append"
