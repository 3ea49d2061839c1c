from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((col("id") == lit(1).cast("bigint"))).select("id", F.when(F.when((col("s") != lit("é")), col("dt")).when((col("s") <= lit("Hello")), F.to_date(lit("2024-02-29"))).when((col("f") > lit(3.75)), col("dt")).otherwise(col("dt")).eqNullSafe(lit(None).cast("date")), col("ts")).otherwise((F.to_timestamp(lit("2024-02-29 00:00:00")) - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).alias("c1"), expr("make_timestamp(year(dt), month(dt), dayofmonth(dt), 0, 30, 0)").alias("c2"), (F.shiftleft((lit(-1) + col("i")), 3) + col("id")).alias("c3"), expr("(id / nullif((i + i), 0)) AS c4"))
OUTPUT_MODE = "append"
