from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, f FLOAT, i INT, ts TIMESTAMP, m DECIMAL(38,10), d DOUBLE, dt DATE, s STRING").load(INPUT)
result = df.where((col("s") == lit("é"))).select("id", F.when((col("ts") > F.to_timestamp(lit("2024-02-29 00:00:00"))), F.pmod(col("m"), F.nullif((col("i") * col("m")), lit(0)))).when(lit(99.99).cast("decimal(4,2)").isin(expr("12.345"), lit(12.345).cast("decimal(5,3)")), col("m")).when(col("i").between(lit(2), lit(5)), col("m")).otherwise((col("m") / lit(2))).alias("c1"), expr("ifnull((s IS NOT NULL), true) AS c2"), expr("date_format(ts, 'yyyy-MM-dd')").alias("c3"), expr("(((f <= 0.1D) OR (s < 'é')) != isnan(d))")).where("coalesce((i IN (5, 5)), true)")
OUTPUT_MODE = "append"
