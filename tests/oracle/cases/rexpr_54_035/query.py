from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("b").agg(F.round(F.avg(F.size(F.split(F.when((col("i") == lit(10)), col("dt")).when(col("b"), col("dt")).otherwise(col("dt")).cast("string"), "-"))), 2).alias("a1"), (F.max(F.coalesce((col("m") * col("i")), (col("n") * col("i")), expr("0.001"))) - F.min(F.coalesce((col("m") * col("i")), (col("n") * col("i")), expr("0.001")))).alias("a2"), expr("(max(i) - min(i)) AS a3"), F.round(F.avg(F.pmod(col("i"), F.nullif(col("i"), lit(0)))), 2).alias("a4")).orderBy(col("a1").desc(), col("b").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
