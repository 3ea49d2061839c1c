from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(ts = TIMESTAMP'2024-02-29 00:00:00')").select("s", expr("(lower(s) != s)").alias("c1"), F.when(lit("a").try_cast("boolean"), col("ts")).when((col("dt") > F.to_date(lit("2024-02-29"))), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))).alias("c2"), F.md5(F.when((col("m") == lit(.001).cast("decimal(4,3)")), col("t"))).alias("c3")).where((col("id").isNotNull() | (col("ts") > F.to_timestamp(lit("1999-12-31 23:59:59.999")))))
OUTPUT_MODE = "append"
