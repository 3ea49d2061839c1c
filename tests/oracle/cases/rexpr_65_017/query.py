from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("s", F.least(col("t"), F.array_join(F.split(col("t"), "-"), "-"), F.md5(lit("日本")))).withColumn("ts", expr("timestamp_seconds(i)")).withColumn("c3", expr("(try_divide(d, d) IN (-1.5D, 100.0D, 100.0D))")).withColumn("c4", F.nullif(F.coalesce(col("dt"), col("dt"), F.to_date(lit("2025-03-01"))), F.to_date(lit("2000-01-01")))).withColumn("c5", expr("(id * d)")).select("id", "c3", "c4", "c5").filter("(id IS NOT NULL)")
OUTPUT_MODE = "append"
