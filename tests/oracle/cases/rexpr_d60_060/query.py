from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, m DECIMAL(10,2), i INT, d DOUBLE, s STRING, dt DATE").json(INPUT)
result = df.withColumn("c1", F.nullif(F.xxhash64(col("id"), col("id")), lit(3).cast("bigint")).try_cast("decimal(5,1)")).withColumn("c2", F.timestamp_millis(F.year(F.date_sub(F.make_date(F.year(col("dt")), F.pmod(col("i"), lit(12)) + lit(1), F.least(F.dayofmonth(col("dt")), lit(28))), col("i"))))).withColumn("c3", expr("add_months(TRY_CAST(s AS DATE), i)")).drop("ts", "m", "d", "dt").filter("coalesce((((c2 = TIMESTAMP'2024-03-01 12:30:00.123456') OR (i > 0)) AND (s > '')), true)")
OUTPUT_MODE = "append"
